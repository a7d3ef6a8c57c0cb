import { prisma } from "@/lib/db/client";
import { WINDOW_MS, retryAfterSeconds } from "./throttle";

/** How long this account and this address must wait before another login attempt (0: go ahead). */
export async function loginWaitSeconds(email: string, ip: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS);
  // A success clears the account's count: only failures after it matter.
  const lastSuccess = await prisma.loginAttempt.findFirst({ where: { email, success: true, createdAt: { gt: since } }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  const [byAccount, byAddress] = await Promise.all([
    prisma.loginAttempt.findMany({ where: { email, success: false, createdAt: { gt: lastSuccess?.createdAt ?? since } }, select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 10 }),
    prisma.loginAttempt.findMany({ where: { ip, success: false, createdAt: { gt: since } }, select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 10 }),
  ]);
  return Math.max(retryAfterSeconds(byAccount.map((a) => a.createdAt), now), retryAfterSeconds(byAddress.map((a) => a.createdAt), now));
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await prisma.loginAttempt.create({ data: { email, ip, success } });
}

/**
 * The caller's address for throttling. Forwarded headers are believed only behind a proxy that
 * sets them (TRUST_PROXY=1); otherwise anyone could claim a fresh address on every attempt.
 * Without a proxy, Next.js does not expose the socket's peer, so all direct callers share one bucket
 * and the per-account limit does the finer work.
 */
export function clientAddress(headers: Headers, trustProxy = process.env.TRUST_PROXY === "1"): string {
  if (!trustProxy) return "direct";
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || "direct";
}
