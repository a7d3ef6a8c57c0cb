import { prisma } from "@/lib/db/client";
import { CLAIM_STATES, type ClaimState } from "@/lib/review/rules";

export interface ArticleProgress {
  slug: string;
  title: string;
  total: number;
  byState: Record<ClaimState, number>;
  openFlags: number;
}

/** Per-article counts by workflow state and open flags, computed by the database (three aggregate queries). */
export async function articleProgress(): Promise<ArticleProgress[]> {
  const live = { suggestion: { not: "REJECTED" as const } };
  const [articles, byState, flags] = await Promise.all([
    prisma.article.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, slug: true, title: true } }),
    prisma.claim.groupBy({ by: ["articleId", "state"], where: live, _count: { _all: true } }),
    // Quoted identifiers: the same SQL runs on SQLite and PostgreSQL.
    prisma.$queryRaw<{ articleId: string; n: number | bigint }[]>`
      SELECT c."articleId" AS "articleId", COUNT(*) AS n FROM "Flag" f JOIN "Claim" c ON c."id" = f."claimId"
      WHERE f."status" = 'OPEN' GROUP BY c."articleId"`,
  ]);
  const openFlags = new Map(flags.map((row) => [row.articleId, Number(row.n)]));
  return articles.map((article) => {
    const counts = Object.fromEntries(CLAIM_STATES.map((s) => [s, 0])) as Record<ClaimState, number>;
    for (const row of byState) if (row.articleId === article.id) counts[row.state] = row._count._all;
    return {
      slug: article.slug,
      title: article.title,
      total: Object.values(counts).reduce((a, b) => a + b, 0),
      byState: counts,
      openFlags: openFlags.get(article.id) ?? 0,
    };
  });
}
