import type { DetectedClaim } from "@/lib/claims/types";
import { serializeValues } from "@/lib/review/stored-values";

/** The row for a detected claim, with its creation event: the same on import and on every revision. */
export function detectedClaimData(articleId: string, claim: DetectedClaim, suggestion: "SUGGESTED" | "ACCEPTED", actorId: string | null) {
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
    events: { create: { actorId, type: "CLAIM_CREATED", detail: JSON.stringify({ origin: "DETECTED", quote: claim.quote }) } },
  };
}
