import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { clientAddress, loginWaitSeconds, recordLoginAttempt } from "@/lib/auth/login-attempts";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** A sign-in that set a session cookie succeeded; anything else failed. */
function signedIn(response: Response): boolean {
  return (response.headers.get("set-cookie") ?? "").includes("next-auth.session-token=");
}

/**
 * Credential sign-ins pass a throttle first: five failures for one account or from one address
 * within 15 minutes answer 429 with Retry-After, whatever the password.
 */
async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "callback/credentials") return handler(request, context);
  const form = await request.clone().formData().catch(() => null);
  const email = String(form?.get("email") ?? "").trim().toLowerCase().slice(0, 320);
  const ip = clientAddress(request.headers);
  const wait = await loginWaitSeconds(email, ip);
  if (wait > 0) {
    const message = `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? "s" : ""}.`;
    return NextResponse.json(
      // `url` keeps next-auth's browser client working: it reads the error from it.
      { error: { code: "THROTTLED", message }, url: new URL("/login?error=TooManyAttempts", request.url).toString() },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const response = await handler(request, context);
  await recordLoginAttempt(email, ip, signedIn(response));
  return response;
}

export { handler as GET, POST };
