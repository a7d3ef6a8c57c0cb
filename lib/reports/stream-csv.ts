import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { articleContext, CORRECTION_VERDICTS, toCorrection, toReportClaims, type ArticleContext } from "./assemble";
import { articleSelect, byReportDate, rangeWhere, reportClaimSelect, type ReportScope } from "./load-report";
import { csvChunk, csvRecord } from "./render-csv";

export interface StreamOptions {
  appUrl: string;
  /** Claims read per query; memory holds one page and one article body at a time. */
  pageSize?: number;
  /** Told after each page is read, with the page's row count (for tests and measurements). */
  onPage?: (rows: number) => void;
}

const corrections = { verdict: { in: [...CORRECTION_VERDICTS] }, suggestion: { not: "REJECTED" as const } };

/** The articles in scope without their bodies (a range may hold many); each body is read when its turn comes. */
async function articleIds(scope: ReportScope): Promise<string[]> {
  const select = { id: true, slug: true, publishedAt: true, createdAt: true } as const;
  if ("slug" in scope) {
    const article = await prisma.article.findUnique({ where: { slug: scope.slug }, select });
    if (!article) throw notFound("That article");
    return [article.id];
  }
  const articles = await prisma.article.findMany({ where: rangeWhere(scope.range), select });
  return articles.sort(byReportDate).map((a) => a.id);
}

/**
 * CSV text, one chunk per page of corrections, in reading order. Keyset pagination on (start, id) within
 * each article — not OFFSET, which rescans every earlier row — so each page costs the same.
 */
async function* csvChunks(ids: string[], { appUrl, pageSize = 1000, onPage }: StreamOptions): AsyncGenerator<string> {
  yield csvChunk([], true);
  for (const articleId of ids) {
    const article = await prisma.article.findUnique({ where: { id: articleId }, select: articleSelect });
    if (!article) continue; // deleted while the export ran: nothing left to report
    const ctx: ArticleContext = articleContext(article, appUrl.replace(/\/+$/, ""));
    let after: { start: number; id: string } | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof readPage>> = await readPage(articleId, after, pageSize);
      onPage?.(page.length);
      if (page.length === 0) break;
      const claims = toReportClaims(ctx, page);
      yield csvChunk(claims.map((c, i) => csvRecord(ctx.article, toCorrection(c, page[i], ctx.body))), false);
      if (page.length < pageSize) break;
      const last = page[page.length - 1];
      after = { start: last.start, id: last.id };
    }
  }
}

function readPage(articleId: string, after: { start: number; id: string } | null, take: number) {
  return prisma.claim.findMany({
    where: {
      articleId,
      ...corrections,
      ...(after ? { OR: [{ start: { gt: after.start } }, { start: after.start, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    take,
    select: reportClaimSelect,
  });
}

/**
 * The corrections of a scope as a CSV byte stream. Pull-based: the next page is read only when the reader
 * asks for more, so a slow download never makes the server buffer the whole export. The scope is checked
 * before the stream is returned, so an unknown article is still a 404 and not a broken download.
 */
export async function streamCorrectionsCsv(scope: ReportScope, options: StreamOptions): Promise<ReadableStream<Uint8Array>> {
  const ids = await articleIds(scope);
  const chunks = csvChunks(ids, options);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
