import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/auth/secret";

/**
 * A first gate only: anonymous page visits go to the login page and back afterwards. Every page,
 * route handler and server action checks the session and role again itself.
 */
export async function proxy(request: NextRequest) {
  // Integrations send a personal access token; the route handler itself checks it.
  if (request.headers.get("authorization")?.toLowerCase().startsWith("bearer ")) return NextResponse.next();
  const token = await getToken({ req: request, secret: authSecret() });
  if (token) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } }, { status: 401 });
  }
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything but the login page, the public API routes and static files.
  matcher: ["/((?!login|api/auth|api/health|api/openapi.json|_next/static|_next/image|favicon.ico).*)"],
};
