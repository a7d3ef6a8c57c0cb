import { Prisma } from "@/lib/generated/prisma/client";
import type { SqlTx } from "@/lib/db/client";
import { newId } from "@/lib/db/new-id";
import type { NotificationKind } from "./kinds";

export interface NotificationDraft {
  userId: string;
  kind: NotificationKind;
  text: string;
}

/**
 * Writes notifications inside the caller's transaction, skipping the actor (nobody is told about
 * their own change), duplicates, and the kinds a recipient turned off.
 */
export async function createNotifications(tx: SqlTx, claimId: string, actorId: string | null, drafts: NotificationDraft[]) {
  const seen = new Set<string>();
  const wanted = drafts.filter((d) => {
    const key = `${d.userId}:${d.kind}`;
    if (d.userId === actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (wanted.length === 0) return;
  // Plain SQL (the same on both databases): a claim sent for sign-off notifies every editor, in the write's transaction.
  const recipients = Prisma.join([...new Set(wanted.map((d) => d.userId))]);
  const prefs = await tx.$queryRaw<{ userId: string; mutedKinds: string }[]>`
    SELECT "userId", "mutedKinds" FROM "NotificationPreference" WHERE "userId" IN (${recipients})`;
  const muted = new Map(prefs.map((p) => [p.userId, parseKinds(p.mutedKinds)]));
  const createdAt = new Date();
  const rows = wanted
    .filter((d) => !muted.get(d.userId)?.includes(d.kind))
    .map((d) => Prisma.sql`(${newId()}, ${d.userId}, ${d.kind}, ${claimId}, ${actorId}, ${d.text}, ${createdAt})`);
  if (rows.length > 0)
    await tx.$executeRaw`INSERT INTO "Notification" ("id", "userId", "kind", "claimId", "actorId", "text", "createdAt") VALUES ${Prisma.join(rows)}`;
}

export function parseKinds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    // A malformed preference row mutes nothing rather than failing the change that notifies.
    return [];
  }
}
