import type { Tx } from "@/lib/db/client";
import { detectClaims } from "@/lib/claims";
import { createDetectedClaims } from "./detected-claim";

/**
 * Detection on a new revision: what it finds that no claim already covers arrives as a suggestion.
 * A suggestion a reviewer rejected is not suggested again for the same words.
 */
export async function addDetectedSuggestions(tx: Tx, article: { id: string; body: string; publishedAt: Date | null }, actorId: string | null) {
  const existing = await tx.claim.findMany({
    where: { articleId: article.id },
    select: { start: true, end: true, quote: true, suggestion: true, anchor: true },
  });
  const covered = coverage(existing.filter((c) => c.suggestion !== "REJECTED" && c.anchor !== "ORPHANED"));
  const rejectedQuotes = new Set(existing.filter((c) => c.suggestion === "REJECTED").map((c) => c.quote));
  const fresh = detectClaims(article.body, { publishedAt: article.publishedAt }).filter((claim) => !rejectedQuotes.has(claim.quote) && !covered(claim));
  return createDetectedClaims(tx, article.id, fresh, "SUGGESTED", actorId);
}

/**
 * Whether a span overlaps any of `spans`, by binary search: spans sorted by start, with the
 * furthest end reached so far, so a long article's thousands of claims are not compared pairwise.
 */
export function coverage(spans: { start: number; end: number }[]): (span: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const furthestEnd: number[] = [];
  for (const s of sorted) furthestEnd.push(Math.max(s.end, furthestEnd.at(-1) ?? -Infinity));
  return (span) => {
    // How many spans start before this one ends; one of them overlaps iff the furthest of their ends passes its start.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthestEnd[lo - 1] > span.start;
  };
}
