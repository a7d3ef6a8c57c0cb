import { cache } from "react";
import { directRows } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { processWideCache, StampedCache, stampOf } from "@/lib/cache/stamped";
import { getArticle, listArticleClaims, listClaimsById, type ArticleDetail } from "./articles";
import type { ClaimJson } from "@/lib/review/claim-json";
import { openFlagCounts } from "@/lib/flags/flags";

/** What the article and claim pages read to show the text and its claims. Shared between requests: never mutate. */
export interface ArticleView {
  article: ArticleDetail;
  claims: readonly ClaimJson[];
  /** Open flags per claim, all and high-severity (claims without any are absent): the highlights' colours. */
  flags: ReadonlyMap<string, { open: number; high: number }>;
}

/** The parts of a view's stamp: the article itself and people (`base`), its claims, and their flags. */
interface ViewStamps {
  base: string;
  claims: string;
  flags: string;
}

interface KeptView extends ArticleView {
  stamps: ViewStamps;
}

// Reading the text and its claims (about 2 ms for 28 claims) is the largest data cost of the two reading pages, and
// it only changes with the article's revision and its claims.
// Bounded by weight as well as number: one imported report can carry 2 MB of text and 8,000 claims.
const views = processWideCache(
  "article-views",
  () =>
    new StampedCache(100, 60_000, {
      weigh: (view) => (view ? (view as ArticleView).article.body.length * 2 + (view as ArticleView).claims.length * 1_500 : 0),
      max: 48 * 1024 * 1024,
    }),
);

/**
 * The stamp of what an article view shows: the article row, and its claims' count and summed versions (every write
 * to a claim raises its version, whatever the clocks of the server instances say) with their newest update, their
 * flags' count and newest update, and the newest user update (assignees' names). Null when there is no such article.
 */
async function viewStamps(slug: string): Promise<ViewStamps | null> {
  const [row] = await directRows(Prisma.sql`
    SELECT a."id" AS id, a."updatedAt" AS a, a."currentRevision" AS r, COUNT(c."id") AS n, SUM(c."version") AS v,
           MAX(c."updatedAt") AS c, (SELECT MAX(u."updatedAt") FROM "User" u) AS u,
           (SELECT COUNT(*) FROM "Flag" f JOIN "Claim" fc ON fc."id" = f."claimId" WHERE fc."articleId" = a."id") AS fn,
           (SELECT MAX(f."updatedAt") FROM "Flag" f JOIN "Claim" fc ON fc."id" = f."claimId" WHERE fc."articleId" = a."id") AS fm
    FROM "Article" a LEFT JOIN "Claim" c ON c."articleId" = a."id"
    WHERE a."slug" = ${slug}
    GROUP BY a."id", a."updatedAt", a."currentRevision"`);
  if (!row) return null;
  return { base: stampOf({ id: row.id, a: row.a, r: row.r, u: row.u }), claims: stampOf({ n: row.n, v: row.v, c: row.c }), flags: stampOf({ fn: row.fn, fm: row.fm }) };
}

async function readView(slug: string, stamps: ViewStamps): Promise<KeptView | null> {
  const article = await getArticle(slug);
  if (!article) return null;
  const [claims, flags] = await Promise.all([listArticleClaims(article.id), openFlagCounts(article.id)]);
  return { article, claims, flags, stamps };
}

const MAX_CLAIMS_READ_AGAIN = 500;

const inReadingOrder = (x: ClaimJson, y: ClaimJson) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/**
 * The claims of a kept view brought up to date when only claims changed (a review, a citation: most of a desk's
 * writes), or null when most of them changed: every claim's version is read, and only the claims whose version
 * moved, or that are new, are read whole. Under fifty writing reviewers the view changes every few dozen milliseconds, and reading the article
 * and every claim again each time (2.6 ms for 28 claims, in each server process) was a tenth of the servers' work.
 */
async function refreshClaims(older: KeptView): Promise<readonly ClaimJson[] | null> {
  const versions = await directRows<{ id: string; version: number }>(Prisma.sql`
    SELECT c."id", c."version" FROM "Claim" c WHERE c."articleId" = ${older.article.id} AND c."suggestion" <> 'REJECTED'`);
  const kept = new Map(older.claims.map((claim) => [claim.id, claim]));
  const stale = new Set(versions.filter((row) => kept.get(row.id)?.version !== Number(row.version)).map((row) => row.id));
  // Most claims changed at once (claims detected again, a bulk action): reading them all is simpler and as cheap.
  if (stale.size > MAX_CLAIMS_READ_AGAIN) return null;
  const current = new Set(versions.map((row) => row.id));
  const fresh = await listClaimsById([...stale]);
  const unchanged = older.claims.filter((claim) => current.has(claim.id) && !stale.has(claim.id));
  return [...unchanged, ...fresh].sort(inReadingOrder);
}

async function loadView(slug: string, stamps: ViewStamps, older?: Promise<KeptView | null>): Promise<KeptView | null> {
  const previous = await older?.catch(() => null);
  // A new revision, an edited article row or a renamed person: the article and every claim are read again.
  if (!previous || previous.stamps.base !== stamps.base) return readView(slug, stamps);
  const [claims, flags] = await Promise.all([
    previous.stamps.claims === stamps.claims ? previous.claims : refreshClaims(previous),
    previous.stamps.flags === stamps.flags ? previous.flags : openFlagCounts(previous.article.id),
  ]);
  if (!claims) return readView(slug, stamps);
  return { article: previous.article, claims, flags, stamps };
}

/** The article, its claims in reading order and their open flags, from memory while nothing under them changed. Once per request. */
export const articleView = cache(async function articleView(slug: string): Promise<ArticleView | null> {
  const stamps = await viewStamps(slug);
  if (stamps === null) return null;
  return views.get<KeptView | null>(slug, `${stamps.base}/${stamps.claims}/${stamps.flags}`, (older) => loadView(slug, stamps, older));
});
