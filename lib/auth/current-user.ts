import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "./session-user";
import { authSecret } from "./secret";
import { sessionIdsOf } from "./session-jwt";
import { userForBearerToken } from "./api-tokens";
import { userForSession } from "./sessions";
import { isRole } from "./permissions";

export type { SessionUser } from "./session-user";

/**
 * The signed-in user as the database knows them now: a disabled or demoted user loses access at
 * once. A request may speak for a user with a personal access token (`Authorization: Bearer`)
 * or with the session cookie of a session that is still open. Cached for the request: the header
 * and the page ask once between them.
 */
export const currentUser = cache(async function currentUser(): Promise<SessionUser | null> {
  const authorization = (await headers()).get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) return userForBearerToken(authorization.slice(7).trim());
  const session = await sessionFromCookie();
  if (!session) return null;
  const user = await userForSession(session.sessionId, session.userId);
  return user && isRole(user.role) ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
});

/**
 * The signed session cookie, decoded. Only decoding is needed here (next-auth's getServerSession
 * would run its whole request pipeline on every request); validity is the session row's business.
 */
async function sessionFromCookie(): Promise<{ userId: string; sessionId: string } | null> {
  const jar = await cookies();
  const raw = jar.get("__Secure-next-auth.session-token")?.value ?? jar.get("next-auth.session-token")?.value;
  return raw ? sessionIdsOf(raw, authSecret()) : null;
}

/** For pages: the user, or a redirect to the login page that comes back here afterwards. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For route handlers and server actions: the user, or a 401. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return user;
}
