// A claim under heavy work gathers a long history (every citation, comment and edit writes an entry); rendering
// every entry on every visit (as markup and again as React's payload) made such a claim's page the costliest
// page there is. The creation and the latest entries show; those in between are fetched when a person unfolds them.
const SHOW_ALL_UP_TO = 15;
const LATEST_SHOWN = 12;

/** Splits a history (oldest first) into what shows at once and what unfolds on demand (nothing, when it is short). */
export function foldHistory<T>(events: readonly T[]): { first: T[]; between: T[]; latest: T[] } {
  if (events.length <= SHOW_ALL_UP_TO) return { first: [...events], between: [], latest: [] };
  return { first: events.slice(0, 1), between: events.slice(1, -LATEST_SHOWN), latest: events.slice(-LATEST_SHOWN) };
}

/**
 * The entries strictly between two entries of a history (oldest first), found again by id in a history read later:
 * entries are only ever added after the latest, so the fold a page showed keeps the same entries. Null when either
 * entry is no longer there.
 */
export function entriesBetween<T extends { id: string }>(events: readonly T[], afterId: string, beforeId: string): T[] | null {
  const after = events.findIndex((e) => e.id === afterId);
  const before = events.findIndex((e) => e.id === beforeId);
  if (after === -1 || before === -1 || before < after) return null;
  return events.slice(after + 1, before);
}
