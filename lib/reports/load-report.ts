import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/errors/app-error";
import { assembleReport, type ArticleRecord, type ClaimRecord } from "./assemble";
import { rangeBounds, type ReportRange } from "./range";
import type { Report } from "./types";
import { currentOrganization } from "@/lib/config/organization-settings";

/** One article by slug, or every article published (created, when it has no publication date) in a date range. */
export type ReportScope = { slug: string } | { range: ReportRange };

export interface LoadOptions {
  appUrl: string;
  /** Defaults to the organization an admin set in the app, else CLAIMDESK_ORG_NAME / CLAIMDESK_ORG_URL. */
  organization?: Report["organization"];
  now?: Date;
  /** Claims read per statement across a range (see CLAIMS_PER_BATCH); tests make it small. */
  claimsPerBatch?: number;
}

export const articleSelect = {
  id: true,
  slug: true,
  title: true,
  publication: true,
  url: true,
  publishedAt: true,
  createdAt: true,
  currentRevision: true,
  body: true,
} as const;

const live = { suggestion: { not: "REJECTED" as const } };

/**
 * A claim with what the report needs, filtered in the same query: live citations, open and resolved flags,
 * and only the events that name the reviewer and the editor who signed off. Prisma loads each relation for a
 * whole page of claims in one batched query, never one query per claim.
 */
export const reportClaimSelect = {
  id: true,
  articleId: true,
  start: true,
  end: true,
  quote: true,
  prefix: true,
  suffix: true,
  kind: true,
  values: true,
  state: true,
  verdict: true,
  rationale: true,
  correction: true,
  notice: true,
  anchor: true,
  previousQuote: true,
  citations: {
    where: { removedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      passage: true,
      stance: true,
      snapshot: { select: { retrievedAt: true } },
      source: {
        select: {
          url: true,
          title: true,
          publisher: true,
          kind: true,
          checks: { orderBy: { checkedAt: "desc" }, take: 1, select: { status: true, checkedAt: true, missingCitationIds: true } },
        },
      },
    },
  },
  flags: {
    where: { status: { in: ["OPEN", "RESOLVED"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { kind: true, severity: true, status: true, note: true, resolutionNote: true },
  },
  events: {
    where: { OR: [{ type: "VERDICT_PROPOSED" }, { type: "STATE_CHANGED", toValue: "SIGNED_OFF" }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { type: true, toValue: true, detail: true, createdAt: true, actor: { select: { name: true, email: true } } },
  },
} satisfies Prisma.ClaimSelect;

/** The where clause for articles in a date range, by publication date or, lacking one, creation date. */
export function rangeWhere(range: ReportRange) {
  const bounds = rangeBounds(range);
  return { OR: [{ publishedAt: bounds }, { publishedAt: null, createdAt: bounds }] };
}

/** Oldest first by the date the range is about; the query cannot order by "publishedAt else createdAt" portably. */
export function byReportDate<T extends { publishedAt: Date | null; createdAt: Date; slug: string }>(a: T, b: T): number {
  return (a.publishedAt ?? a.createdAt).getTime() - (b.publishedAt ?? b.createdAt).getTime() || a.slug.localeCompare(b.slug);
}

async function findArticles(scope: ReportScope): Promise<ArticleRecord[]> {
  if ("slug" in scope) {
    const article = await prisma.article.findUnique({ where: { slug: scope.slug }, select: articleSelect });
    if (!article) throw notFound("That article");
    return [article];
  }
  const articles = await prisma.article.findMany({ where: rangeWhere(scope.range), select: articleSelect });
  return articles.sort(byReportDate);
}

/**
 * A range's claims in batches of articles holding at most this many claims: Prisma reads each
 * claim's citations and history with the claims' ids bound in one statement, and SQLite binds at
 * most 32,766 values (a month of a busy desk's articles holds more claims than that).
 */
const CLAIMS_PER_BATCH = 5_000;

async function loadClaims(scope: ReportScope, articles: ArticleRecord[], claimsPerBatch: number): Promise<ClaimRecord[]> {
  if (articles.length === 0) return [];
  const orderBy = [{ articleId: "asc" }, { start: "asc" }, { end: "asc" }] as const;
  if ("slug" in scope) return prisma.claim.findMany({ where: { articleId: articles[0].id, ...live }, orderBy: [...orderBy], select: reportClaimSelect });
  const counts = await prisma.claim.groupBy({ by: ["articleId"], where: { article: rangeWhere(scope.range), ...live }, _count: { _all: true }, orderBy: { articleId: "asc" } });
  const batches: string[][] = [];
  let size = Infinity;
  for (const row of counts) {
    if (size + row._count._all > claimsPerBatch) {
      batches.push([]);
      size = 0;
    }
    batches[batches.length - 1].push(row.articleId);
    size += row._count._all;
  }
  const claims: ClaimRecord[] = [];
  for (const ids of batches) claims.push(...(await prisma.claim.findMany({ where: { articleId: { in: ids }, ...live }, orderBy: [...orderBy], select: reportClaimSelect })));
  return claims;
}

/** The whole report in memory, for every format but the streamed CSV: the articles, then their claims with relations in batches. */
export async function loadReport(scope: ReportScope, { appUrl, now = new Date(), claimsPerBatch = CLAIMS_PER_BATCH, organization }: LoadOptions): Promise<Report> {
  organization ??= await currentOrganization();
  const articles = await findArticles(scope);
  const claims = await loadClaims(scope, articles, claimsPerBatch);
  return assembleReport({ articles, claims, appUrl, now, organization, range: "range" in scope ? scope.range : null });
}

export const loadArticleReport = (slug: string, options: LoadOptions) => loadReport({ slug }, options);
export const loadCorrections = (range: ReportRange, options: LoadOptions) => loadReport({ range }, options);
