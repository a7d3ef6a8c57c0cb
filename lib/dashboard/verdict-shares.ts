import { VERDICT_KEYS, type VerdictKey } from "./figures";

export interface VerdictShare {
  key: VerdictKey;
  count: number;
  /** Whole percent of the article's claims; an article's shares add up to exactly 100 (largest remainder). */
  percent: number;
}

/**
 * Pure: an article's verdicts as shares of its own claims, so a 1,200-claim article and a 12-claim one are
 * drawn on the same 0–100% scale. Rounded by largest remainder so the shares always add up to 100.
 */
export function verdictShares(counts: Record<VerdictKey, number>): { total: number; shares: VerdictShare[] } {
  const total = VERDICT_KEYS.reduce((sum, key) => sum + (counts[key] ?? 0), 0);
  if (total === 0) return { total, shares: VERDICT_KEYS.map((key) => ({ key, count: 0, percent: 0 })) };
  const exact = VERDICT_KEYS.map((key) => ({ key, count: counts[key] ?? 0, raw: ((counts[key] ?? 0) * 100) / total }));
  const floors = exact.map((e) => Math.floor(e.raw));
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, rest: e.raw - floors[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return { total, shares: exact.map((e, i) => ({ key: e.key, count: e.count, percent: floors[i] })) };
}
