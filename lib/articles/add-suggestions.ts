import type { Tx } from "@/lib/db/client";
import { detectClaims } from "@/lib/claims";
import { detectedClaimData } from "./detected-claim";

/**
 * Detection on a new revision: what it finds that no claim already covers arrives as a suggestion.
 * A suggestion a reviewer rejected is not suggested again for the same words.
 */
export async function addDetectedSuggestions(tx: Tx, article: { id: string; body: string; publishedAt: Date | null }, actorId: string | null) {
  const existing = await tx.claim.findMany({
    where: { articleId: article.id },
    select: { start: true, end: true, quote: true, suggestion: true, anchor: true },
  });
  const live = existing.filter((c) => c.suggestion !== "REJECTED" && c.anchor !== "ORPHANED");
  const rejectedQuotes = new Set(existing.filter((c) => c.suggestion === "REJECTED").map((c) => c.quote));
  let added = 0;
  for (const claim of detectClaims(article.body, { publishedAt: article.publishedAt })) {
    if (rejectedQuotes.has(claim.quote)) continue;
    if (live.some((c) => c.start < claim.end && claim.start < c.end)) continue;
    await tx.claim.create({ data: detectedClaimData(article.id, claim, "SUGGESTED", actorId) });
    added += 1;
  }
  return added;
}
