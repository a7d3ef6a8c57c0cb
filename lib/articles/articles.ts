import { cache } from "react";
import { directRows, prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimJson } from "@/lib/review/claim-json";
import { CLAIM_COLUMNS, CLAIM_FROM, claimJsonFromSql, type ClaimSqlRow } from "@/lib/review/claim-sql";

export interface ArticleSummary {
  slug: string;
  title: string;
  publication: string | null;
  url: string | null;
  publishedAt: string | null;
  claimCount: number;
  signedOffCount: number;
  version: number;
  createdAt: string;
}

const notRejected = { suggestion: { not: "REJECTED" as const } };

/** Every article with its claim counts: two queries, whatever the number of articles. */
export async function listArticles(): Promise<ArticleSummary[]> {
  const [articles, signedOff] = await Promise.all([
    prisma.article.findMany({
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        slug: true,
        title: true,
        publication: true,
        url: true,
        publishedAt: true,
        currentRevision: true,
        createdAt: true,
        _count: { select: { claims: { where: notRejected } } },
      },
    }),
    prisma.claim.groupBy({ by: ["articleId"], where: { state: "SIGNED_OFF", ...notRejected }, _count: { _all: true } }),
  ]);
  const signedOffByArticle = new Map(signedOff.map((row) => [row.articleId, row._count._all]));
  return articles.map((a) => ({
    slug: a.slug,
    title: a.title,
    publication: a.publication,
    url: a.url,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    claimCount: a._count.claims,
    signedOffCount: signedOffByArticle.get(a.id) ?? 0,
    version: a.currentRevision,
    createdAt: a.createdAt.toISOString(),
  }));
}

export interface ArticleDetail {
  id: string;
  slug: string;
  title: string;
  publication: string | null;
  url: string | null;
  publishedAt: string | null;
  body: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Cached per request: a page and its metadata read the article once. */
export const getArticle = cache(async function getArticle(slug: string): Promise<ArticleDetail | null> {
  const a = await prisma.article.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      publication: true,
      url: true,
      publishedAt: true,
      body: true,
      currentRevision: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!a) return null;
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    publication: a.publication,
    url: a.url,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    body: a.body,
    version: a.currentRevision,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
});

/** The article's claims in reading order (rejected suggestions left out), in one plain statement (claim-sql.ts). */
export async function listArticleClaims(articleId: string): Promise<ClaimJson[]> {
  const rows = await directRows<ClaimSqlRow>(Prisma.sql`
    SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM}
    WHERE c."articleId" = ${articleId} AND c."suggestion" <> 'REJECTED'
    ORDER BY c."start", c."end", c."id"`);
  return rows.map(claimJsonFromSql);
}

/** Some claims by id, the rejected suggestions left out as `listArticleClaims` does (in no particular order). */
export async function listClaimsById(ids: readonly string[]): Promise<ClaimJson[]> {
  if (ids.length === 0) return [];
  const rows = await directRows<ClaimSqlRow>(Prisma.sql`
    SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM}
    WHERE c."id" IN (${Prisma.join(ids)}) AND c."suggestion" <> 'REJECTED'`);
  return rows.map(claimJsonFromSql);
}
