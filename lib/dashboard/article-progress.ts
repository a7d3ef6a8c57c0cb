import { Prisma } from "@/lib/generated/prisma/client";
import type { Severity } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db/client";
import { ALL_CLAIMS, claimSql, claimWhere, suggestionWhere, type DashboardScope } from "./scope";
import { foldFigures, type ClaimCountRow, type ClaimFigures } from "./figures";

export interface ArticleProgress extends ClaimFigures {
  slug: string;
  title: string;
}

/** The articles a slice touches: all of them for editors, those holding a reviewer's claims otherwise. */
function articleWhere(scope: DashboardScope): Prisma.ArticleWhereInput {
  return scope.all ? {} : { claims: { some: claimWhere(scope) } };
}

export function countArticles(scope: DashboardScope): Promise<number> {
  return prisma.article.count({ where: articleWhere(scope) });
}

const groupClaims = (where: Prisma.ClaimWhereInput) =>
  prisma.claim.groupBy({ by: ["articleId", "state", "verdict", "anchor"], where, _count: { _all: true } });

const openFlagsByArticle = (scope: DashboardScope, articleIds: string[]) =>
  prisma.$queryRaw<{ articleId: string; severity: Severity; n: number | bigint }[]>`
    SELECT c."articleId" AS "articleId", f."severity" AS "severity", COUNT(*) AS n
    FROM "Flag" f JOIN "Claim" c ON c."id" = f."claimId"
    WHERE f."status" = 'OPEN' AND ${claimSql(scope)} AND c."articleId" IN (${Prisma.join(articleIds)})
    GROUP BY c."articleId", f."severity"`;

/**
 * Each article's figures, newest article first, for one page of articles: four aggregate queries
 * whatever the page size (the counting happens in the database; only grouped counts come back).
 */
export async function articleProgress(scope: DashboardScope = ALL_CLAIMS, window: { skip?: number; take?: number } = {}): Promise<ArticleProgress[]> {
  const articles = await prisma.article.findMany({
    where: articleWhere(scope),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: window.skip,
    take: window.take,
    select: { id: true, slug: true, title: true },
  });
  if (articles.length === 0) return [];
  const ids = articles.map((a) => a.id);
  const [claims, flags, suggestions] = await Promise.all([
    groupClaims({ ...claimWhere(scope), articleId: { in: ids } }),
    openFlagsByArticle(scope, ids),
    prisma.claim.groupBy({ by: ["articleId"], where: { ...suggestionWhere(scope), articleId: { in: ids } }, _count: { _all: true } }),
  ]);
  const claimRows = new Map<string, ClaimCountRow[]>();
  for (const row of claims) {
    const list = claimRows.get(row.articleId) ?? [];
    list.push({ state: row.state, verdict: row.verdict, anchor: row.anchor, count: row._count._all });
    claimRows.set(row.articleId, list);
  }
  const flagRows = new Map<string, { severity: Severity; count: number }[]>();
  for (const row of flags) {
    const list = flagRows.get(row.articleId) ?? [];
    list.push({ severity: row.severity, count: Number(row.n) });
    flagRows.set(row.articleId, list);
  }
  const suggested = new Map(suggestions.map((row) => [row.articleId, row._count._all]));
  return articles.map((article) => ({
    slug: article.slug,
    title: article.title,
    ...foldFigures(claimRows.get(article.id) ?? [], flagRows.get(article.id) ?? [], suggested.get(article.id) ?? 0),
  }));
}

/** The same figures over the whole slice: three aggregate queries. */
export async function overallFigures(scope: DashboardScope): Promise<ClaimFigures> {
  const [claims, flags, suggestions] = await Promise.all([
    prisma.claim.groupBy({ by: ["state", "verdict", "anchor"], where: claimWhere(scope), _count: { _all: true } }),
    prisma.$queryRaw<{ severity: Severity; n: number | bigint }[]>`
      SELECT f."severity" AS "severity", COUNT(*) AS n FROM "Flag" f JOIN "Claim" c ON c."id" = f."claimId"
      WHERE f."status" = 'OPEN' AND ${claimSql(scope)} GROUP BY f."severity"`,
    prisma.claim.count({ where: suggestionWhere(scope) }),
  ]);
  return foldFigures(
    claims.map((row) => ({ state: row.state, verdict: row.verdict, anchor: row.anchor, count: row._count._all })),
    flags.map((row) => ({ severity: row.severity, count: Number(row.n) })),
    suggestions,
  );
}
