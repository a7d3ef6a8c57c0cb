import { prisma } from "@/lib/db/client";
import { claimRepeatsCount } from "@/lib/review/claim-view";

export interface CheckedBefore {
  claimId: string;
  articleSlug: string;
  articleTitle: string;
  quote: string;
  state: string;
  verdict: string | null;
  relation: "SAME" | "CONFLICTING";
  status: "SUGGESTED" | "CONFIRMED" | "REJECTED";
  score: number;
  signedOff: { by: string | null; at: Date } | null;
  evidence: Array<{ id: string; title: string; url: string; passage: string; stance: string }>;
}

const earlierSelect = {
  id: true,
  quote: true,
  state: true,
  verdict: true,
  article: { select: { slug: true, title: true } },
  citations: { where: { removedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, passage: true, stance: true, source: { select: { title: true, url: true } } } },
  events: { where: { type: "STATE_CHANGED", toValue: "SIGNED_OFF" }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true, actor: { select: { name: true } } } },
} as const;

/**
 * For the claim page: the earlier claims this one repeats or contradicts, with their verdict, sign-off and evidence.
 * `count` is how many there are, when the caller knows it already (the claim page reads it with the card's stamp).
 */
export async function listCheckedBefore(claimId: string, count?: number): Promise<CheckedBefore[]> {
  const where = { OR: [{ claimId }, { matchedClaimId: claimId }], status: { not: "REJECTED" as const } };
  // Most claims repeat nothing: the count (read with the card's stamp, no plan to compile) answers them, since Prisma 6
  // compiles every query's plan afresh and the plan of the full read below (two claims, each with article, citations
  // and sign-off) costs milliseconds alone.
  if ((count ?? (await claimRepeatsCount(claimId))) === 0) return [];
  const rows = await prisma.claimMatch.findMany({
    where,
    select: { claimId: true, relation: true, status: true, score: true, claim: { select: earlierSelect }, matched: { select: earlierSelect } },
  });
  return rows
    .map((row) => {
      const e = row.claimId === claimId ? row.matched : row.claim;
      const signed = e.state === "SIGNED_OFF" ? e.events[0] : undefined;
      return {
        claimId: e.id,
        articleSlug: e.article.slug,
        articleTitle: e.article.title,
        quote: e.quote,
        state: e.state,
        verdict: e.verdict,
        relation: row.relation,
        status: row.status,
        score: row.score,
        signedOff: signed ? { by: signed.actor?.name ?? null, at: signed.createdAt } : null,
        evidence: e.citations.map((c) => ({ id: c.id, title: c.source.title, url: c.source.url, passage: c.passage, stance: c.stance })),
      };
    })
    .sort((a, b) => Number(b.status === "CONFIRMED") - Number(a.status === "CONFIRMED") || b.score - a.score);
}
