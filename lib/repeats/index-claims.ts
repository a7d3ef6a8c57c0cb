import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimFingerprint, ClaimMatch } from "@/lib/matching";
import { storeKeys } from "./fingerprint-row";
import { findDeskMatches } from "./find-matches";

const CONTRADICTED = new Set(["INACCURATE", "MISLEADING"]);

/**
 * After claims are saved (in the same transaction): their match keys, the matches they make with
 * earlier claims on other articles, and a flag on each that repeats a claim signed off as
 * INACCURATE or MISLEADING.
 */
export async function matchNewClaims(tx: Tx, articleId: string, claims: Array<{ id: string; fingerprint: ClaimFingerprint }>): Promise<number> {
  if (claims.length === 0) return 0;
  return saveMatches(tx, claims, await findDeskMatches(tx, articleId, claims));
}

/** Writes the claims' keys, the matches found for them, and the flags those matches raise. */
export async function saveMatches(tx: Tx, claims: Array<{ id: string; fingerprint: ClaimFingerprint }>, found: Map<string, ClaimMatch[]>): Promise<number> {
  await tx.claimMatchKey.createMany({ data: claims.flatMap((c) => storeKeys(c.id, c.fingerprint)) });
  const rows = [...found].flatMap(([claimId, matches]) => matches.map((m) => ({ claimId, matchedClaimId: m.claimId, relation: m.relation, score: m.score })));
  if (rows.length === 0) return 0;
  await tx.claimMatch.createMany({ data: rows });
  const earlier = await tx.claim.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.matchedClaimId))] }, state: "SIGNED_OFF", verdict: { in: ["INACCURATE", "MISLEADING"] } },
    select: { id: true, verdict: true, updatedAt: true, quote: true, correction: true, article: { select: { title: true } } },
  });
  const byId = new Map(earlier.map((c) => [c.id, c]));
  const flags = rows.flatMap((r): Prisma.FlagCreateManyInput[] => {
    const e = byId.get(r.matchedClaimId);
    if (r.relation === "SAME" && e && CONTRADICTED.has(e.verdict ?? "")) {
      const on = e.updatedAt.toISOString().slice(0, 10);
      return [{ claimId: r.claimId, kind: "OTHER" as const, severity: "HIGH" as const, automatic: true, relatedClaimId: e.id, checkKey: `repeat:${e.id}`,
        note: `This was found ${e.verdict!.toLowerCase()} on ${on} in "${e.article.title}".`, evidenceSays: e.correction }];
    }
    if (r.relation === "CONFLICTING") {
      return [{ claimId: r.claimId, kind: "OTHER" as const, severity: "MEDIUM" as const, automatic: true, relatedClaimId: r.matchedClaimId, checkKey: `conflict:${r.matchedClaimId}`,
        note: "An earlier claim on the desk states a different value or date about the same subject." }];
    }
    return [];
  });
  if (flags.length > 0) await tx.flag.createMany({ data: flags });
  return rows.length;
}
