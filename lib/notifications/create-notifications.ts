import type { Tx } from "@/lib/db/client";
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
export async function createNotifications(tx: Tx, claimId: string, actorId: string | null, drafts: NotificationDraft[]) {
  const seen = new Set<string>();
  const wanted = drafts.filter((d) => {
    const key = `${d.userId}:${d.kind}`;
    if (d.userId === actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (wanted.length === 0) return;
  const prefs = await tx.notificationPreference.findMany({
    where: { userId: { in: [...new Set(wanted.map((d) => d.userId))] } },
    select: { userId: true, mutedKinds: true },
  });
  const muted = new Map(prefs.map((p) => [p.userId, parseKinds(p.mutedKinds)]));
  const data = wanted
    .filter((d) => !muted.get(d.userId)?.includes(d.kind))
    .map((d) => ({ userId: d.userId, kind: d.kind, claimId, actorId, text: d.text }));
  if (data.length > 0) await tx.notification.createMany({ data });
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
