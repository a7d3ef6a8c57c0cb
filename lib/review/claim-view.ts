import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { StampedCache, stampOf } from "@/lib/cache/stamped";
import { notFound } from "@/lib/errors/app-error";
import { getClaimDetail, type ClaimDetail } from "./claim-detail";

// A claim's card (its evidence, flags, discussion and history) is the claim page's costliest read: five statements
// whose cost grows with the claim's evidence and history (1.8 ms for 9 citations and 42 history lines). It changes
// only with the rows counted below, so the claim page and the claims API keep it in memory under their stamp.
const views = new StampedCache(500, 60_000);

/**
 * The stamp of a claim's card: the claim's version (raised by every write to it), the count and newest of its
 * history entries (every change to a claim writes one: a citation edited or removed, a flag settled), of its
 * citations, flags and comments, the checks of its sources, and the newest user update (names). Null when there
 * is no such claim. Counts do not depend on the server instances' clocks; the newest dates add safety.
 */
async function claimStamp(id: string): Promise<string | null> {
  const [row] = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT c."version" AS v, c."updatedAt" AS cu,
      (SELECT COUNT(*) FROM "ClaimEvent" e WHERE e."claimId" = c."id") AS en,
      (SELECT MAX(e."createdAt") FROM "ClaimEvent" e WHERE e."claimId" = c."id") AS em,
      (SELECT COUNT(*) FROM "Citation" t WHERE t."claimId" = c."id") AS tn,
      (SELECT MAX(t."updatedAt") FROM "Citation" t WHERE t."claimId" = c."id") AS tm,
      (SELECT COUNT(*) FROM "Flag" f WHERE f."claimId" = c."id") AS fn,
      (SELECT MAX(f."updatedAt") FROM "Flag" f WHERE f."claimId" = c."id") AS fm,
      (SELECT COUNT(*) FROM "Comment" m WHERE m."claimId" = c."id") AS mn,
      (SELECT COUNT(*) FROM "SourceCheck" k JOIN "Citation" t ON t."sourceId" = k."sourceId" WHERE t."claimId" = c."id") AS kn,
      (SELECT MAX(u."updatedAt") FROM "User" u) AS u
    FROM "Claim" c WHERE c."id" = ${id}`;
  if (!row) return null;
  return stampOf(row);
}

/** A claim's card from memory while nothing under it changed; once per request. Shared between requests: never mutate. */
export const claimView = cache(async function claimView(id: string): Promise<ClaimDetail | null> {
  const stamp = await claimStamp(id);
  if (stamp === null) return null;
  return views.get(id, stamp, () => getClaimDetail(id));
});

/** For the API: a claim's card (the same as the page's, and as fresh), or a 404. */
export async function claimViewOrThrow(id: string): Promise<ClaimDetail> {
  const claim = await claimView(id);
  if (!claim) throw notFound("That claim");
  return claim;
}
