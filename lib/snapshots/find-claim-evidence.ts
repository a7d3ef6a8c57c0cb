import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { parseStoredValues } from "@/lib/review/stored-values";
import { sentenceAround } from "@/lib/reports/sentence";
import { findDeskEvidence } from "./evidence-cache";

/** GET /api/claims/{id}/evidence: the passages of one snapshot, or of the whole desk, that bear on a claim. */
export async function findClaimEvidence(user: SessionUser, claimId: string, snapshotId?: string) {
  requirePermission(user, "claim:read");
  const claim = await prisma.claim.findUnique({
    where: { id: claimId },
    select: { quote: true, kind: true, values: true, start: true, end: true, article: { select: { body: true, publishedAt: true } } },
  });
  if (!claim) throw notFound("That claim");
  if (snapshotId && !(await prisma.snapshot.findUnique({ where: { id: snapshotId }, select: { id: true } }))) throw notFound("That snapshot");
  // The sentence around the claim names its subject when the claim itself is trimmed to a clause.
  const context = sentenceAround(claim.article.body, claim.start, claim.end).text;
  const passages = await findDeskEvidence(
    { quote: claim.quote, kind: claim.kind, values: parseStoredValues(claim.values), context, publishedAt: claim.article.publishedAt },
    { snapshotId },
  );
  return { passages };
}
