import { prisma } from "@/lib/db/client";

/** The editor's queue of repeated claims: matches no reviewer has confirmed or rejected yet, newest first. */
export async function loadRepeatQueue(take = 10) {
  const where = { status: "SUGGESTED" as const };
  const [total, rows] = await Promise.all([
    prisma.claimMatch.count({ where }),
    prisma.claimMatch.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        relation: true,
        claim: { select: { id: true, quote: true, article: { select: { title: true } } } },
        matched: { select: { verdict: true, article: { select: { title: true } } } },
      },
    }),
  ]);
  return {
    total,
    items: rows.map((r) => ({ id: r.id, relation: r.relation, claimId: r.claim.id, quote: r.claim.quote, articleTitle: r.claim.article.title, earlierTitle: r.matched.article.title, earlierVerdict: r.matched.verdict })),
  };
}
