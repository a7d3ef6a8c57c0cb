import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { StampedCache, stampOf } from "@/lib/cache/stamped";
import { getArticle, listArticleClaims, type ArticleDetail } from "./articles";
import type { ClaimJson } from "@/lib/review/claim-json";

/** What the article and claim pages read to show the text and its claims. Shared between requests: never mutate. */
export interface ArticleView {
  article: ArticleDetail;
  claims: readonly ClaimJson[];
}

// Reading the text and its claims (about 2 ms for 28 claims) is the largest data cost of the two reading pages, and
// it only changes with the article's revision and its claims.
// Bounded by weight as well as number: one imported report can carry 2 MB of text and 8,000 claims.
const views = new StampedCache(100, 60_000, {
  weigh: (view) => (view ? (view as ArticleView).article.body.length * 2 + (view as ArticleView).claims.length * 1_500 : 0),
  max: 48 * 1024 * 1024,
});

/**
 * The stamp of what an article view shows: the article row, and its claims' count and summed versions (every write
 * to a claim raises its version, whatever the clocks of the server instances say) with their newest update, and the
 * newest user update (assignees' names). Null when there is no such article.
 */
async function viewStamp(slug: string): Promise<string | null> {
  const [row] = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT a."id" AS id, a."updatedAt" AS a, a."currentRevision" AS r, COUNT(c."id") AS n, SUM(c."version") AS v,
           MAX(c."updatedAt") AS c, (SELECT MAX(u."updatedAt") FROM "User" u) AS u
    FROM "Article" a LEFT JOIN "Claim" c ON c."articleId" = a."id"
    WHERE a."slug" = ${slug}
    GROUP BY a."id", a."updatedAt", a."currentRevision"`;
  if (!row) return null;
  return stampOf(row);
}

async function readView(slug: string): Promise<ArticleView | null> {
  const article = await getArticle(slug);
  if (!article) return null;
  return { article, claims: await listArticleClaims(article.id) };
}

/** The article and its claims in reading order, from memory while nothing under them changed. Once per request. */
export const articleView = cache(async function articleView(slug: string): Promise<ArticleView | null> {
  const stamp = await viewStamp(slug);
  if (stamp === null) return null;
  return views.get(slug, stamp, () => readView(slug));
});
