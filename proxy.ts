import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/auth/secret";
import { decodeSessionJwt } from "@/lib/auth/session-jwt";
import { contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";

const PUBLIC_PATHS = [/^\/login(\/|$)/, /^\/api\/auth\//, /^\/api\/health$/, /^\/api\/openapi\.json$/];

/** Sets this response's CSP nonce on the request too: Next.js reads it there to mark its own scripts. */
function withCsp(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/**
 * Every response gets its security policy here. Anonymous page visits go to the login page and
 * back afterwards — a first gate only: every page, route handler and server action checks the
 * session and role again itself.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => p.test(pathname))) return withCsp(request);
  // Integrations send a personal access token; the route handler itself checks it.
  if (request.headers.get("authorization")?.toLowerCase().startsWith("bearer ")) return withCsp(request);
  if (await getToken({ req: request, secret: authSecret(), decode: decodeSessionJwt })) return withCsp(request);
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } }, { status: 401 });
  }
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

/**
 * Pages, server actions and sign-in go through the proxy. The JSON API does not: every route handler checks the
 * session or token itself (lib/http/api-route.ts), its answers are not documents (a CSP nonce means nothing to
 * them; the few HTML ones, a report and a snapshot, set their own strict policy), and it reads bodies with a cap
 * (lib/http/capped-body.ts). The proxy cost an API request about as much as the handler: one process, the claims
 * API 233/192 -> 339/371 req/s and a comment 168/158 -> 214/227 without it (2026-12-06).
 */
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/(?!auth/)).*)"],
};
