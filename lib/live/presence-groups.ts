import type { PresentPerson } from "./presence-words";

/** What the live feed and a new stream read of a Presence row. */
export const presenceSelect = { articleId: true, claimId: true, activity: true, field: true, user: { select: { id: true, name: true } } } as const;

/** A Presence row as the live feed and a new stream read it. */
export interface PresenceRow {
  articleId: string;
  claimId: string | null;
  activity: string;
  field: string | null;
  user: { id: string; name: string };
}

/** Who is on each claim (rows oldest first), one entry per person and activity; rows on no claim are left out. */
export function peopleByClaim(rows: PresenceRow[]): Map<string, PresentPerson[]> {
  const byClaim = new Map<string, PresentPerson[]>();
  for (const r of rows) {
    if (!r.claimId) continue;
    const list = byClaim.get(r.claimId) ?? [];
    if (!list.some((p) => p.userId === r.user.id && p.activity === r.activity)) list.push({ userId: r.user.id, name: r.user.name, activity: r.activity, field: r.field });
    byClaim.set(r.claimId, list);
  }
  return byClaim;
}
