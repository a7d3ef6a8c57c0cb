import type { Tx } from "@/lib/db/client";
import type { DetectedClaim } from "@/lib/claims/types";
import { serializeValues } from "@/lib/review/stored-values";
import { claimFingerprint } from "@/lib/repeats/fingerprint-row";
import { queueMatching } from "@/lib/repeats/match-job";
import { recordEvents } from "@/lib/review/events";

/** The row for a detected claim: the same on import and on every revision. */
export function detectedClaimRow(articleId: string, claim: DetectedClaim, suggestion: "SUGGESTED" | "ACCEPTED") {
  return {
    articleId,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    prefix: claim.prefix,
    suffix: claim.suffix,
    kind: claim.kind,
    values: serializeValues(claim.values),
    score: claim.score,
    origin: "DETECTED" as const,
    suggestion,
  };
}

/**
 * Saves detected claims, each with its creation event, in two batched statements rather than two
 * per claim: a 2 MB article holds thousands of claims, and its transaction holds the write lock.
 */
export async function createDetectedClaims(tx: Tx, articleId: string, claims: DetectedClaim[], suggestion: "SUGGESTED" | "ACCEPTED", actorId: string | null): Promise<number> {
  if (claims.length === 0) return 0;
  // Repeated claims: each is fingerprinted in its sentence and matched against the desk (lib/repeats).
  const { body } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true } });
  const fingerprints = claims.map((claim) => claimFingerprint(body, claim));
  const rows = await tx.claim.createManyAndReturn({
    data: claims.map((claim, i) => ({ ...detectedClaimRow(articleId, claim, suggestion), matchFingerprint: JSON.stringify(fingerprints[i]) })),
    select: { id: true, quote: true },
  });
  // Through recordEvents like every other history entry: ids from one maker keep a claim's entries in the order written,
  // even when checks in the same transaction add to them within the same millisecond.
  await recordEvents(tx, actorId, rows.map((row) => ({ claimId: row.id, event: { type: "CLAIM_CREATED" as const, detail: { origin: "DETECTED", quote: row.quote } } })));
  // Matching against the desk runs as a job once this transaction commits (lib/repeats/match-job.ts).
  await queueMatching(tx, articleId, rows.map((row) => row.id), actorId);
  return rows.length;
}
