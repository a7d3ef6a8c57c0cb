import crypto from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import type { SessionUser } from "./session-user";

const TOKEN_PREFIX = "cdk_";

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

export const tokenNameSchema = z.object({
  name: z.string({ error: "Name the token." }).trim().min(1, "Name the token (what will use it?).").max(100, "Keep the name under 100 characters."),
});

/** A new personal access token: the caller shows `token` once; only its hash is kept. */
export async function createApiToken(user: SessionUser, input: z.infer<typeof tokenNameSchema>) {
  const token = TOKEN_PREFIX + crypto.randomBytes(32).toString("base64url");
  const row = await prisma.apiToken.create({
    data: { userId: user.id, name: input.name, tokenHash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  return { ...row, token };
}

export async function listApiTokens(userId: string) {
  return prisma.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

export async function revokeApiToken(user: SessionUser, tokenId: string) {
  const { count } = await prisma.apiToken.updateMany({ where: { id: tokenId, userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw notFound("That active token");
}

/** The user a bearer token speaks for, as the database knows them now (role, disabled), or null. */
export async function userForBearerToken(token: string): Promise<SessionUser | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, role: true, disabled: true } } },
  });
  if (!row || row.revokedAt || row.user.disabled) return null;
  // Touch at most once a minute: a busy integration should not turn every read into a write.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000)
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  const { id, email, name, role } = row.user;
  return { id, email, name, role };
}
