import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";

/** A tab that stops sending heartbeats (closed, asleep, offline) drops out after this long. */
export const PRESENCE_TTL_MS = 30_000;

export const presenceInputSchema = z.object({
  article: z.string().min(1).max(200),
  tabId: z.string().regex(/^[\w-]{8,64}$/, "A tab id of 8 to 64 letters, digits, _ or -."),
  claimId: z.string().min(1).max(64).nullable().optional(),
  activity: z.enum(["VIEWING", "EDITING", "LEFT"]),
  field: z.enum(["rationale", "correction", "verdict", "state", "assignee", "comment", "citation"]).nullable().optional(),
});
export type PresenceInput = z.infer<typeof presenceInputSchema>;

/** A tab's heartbeat: where its person is and what they are editing; LEFT removes the row at once. */
export async function reportPresence(user: SessionUser, input: PresenceInput) {
  requirePermission(user, "claim:read");
  if (input.activity === "LEFT") {
    await prisma.presence.deleteMany({ where: { userId: user.id, tabId: input.tabId } });
    return { ok: true };
  }
  const article = await prisma.article.findUnique({ where: { slug: input.article }, select: { id: true } });
  if (!article) throw notFound("That article");
  const now = new Date();
  const data = { articleId: article.id, claimId: input.claimId ?? null, activity: input.activity, field: input.field ?? null, updatedAt: now, expiresAt: new Date(now.getTime() + PRESENCE_TTL_MS) };
  await prisma.presence.upsert({ where: { userId_tabId: { userId: user.id, tabId: input.tabId } }, create: { userId: user.id, tabId: input.tabId, ...data }, update: data });
  // Expired rows are swept by whoever reports next, so the table stays the size of the desk.
  await prisma.presence.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - PRESENCE_TTL_MS) } } });
  return { ok: true, expiresAt: data.expiresAt.toISOString() };
}
