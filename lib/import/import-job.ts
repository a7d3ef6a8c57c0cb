import { ARTICLE_TRANSACTION, prisma, sqlTransaction } from "@/lib/db/client";
import { letWaitingWritesIn } from "@/lib/db/sqlite-write-lock";
import { queueMatching } from "@/lib/repeats/match-job";
import { AppError } from "@/lib/errors/app-error";
import { detectClaims } from "@/lib/claims";
import { checkNewArticle, insertArticle } from "@/lib/articles/create-article";
import { detectedClaimRows, saveDetectedClaims } from "@/lib/articles/detected-claim";
import { articleFindings, runArticleChecks } from "@/lib/checks/run-article-checks";
import { sessionUserById } from "@/lib/auth/session-user-by-id";
import type { SessionUser } from "@/lib/auth/session-user";
import type { JobContext } from "@/lib/jobs/handlers";
import { enqueueJob } from "@/lib/jobs/queue";
import type { JobView } from "@/lib/jobs/types";
import { importedSummary, parseImportRequest, uniqueRaceAsConflict } from "./import-article";
import { utf8ByteLength } from "./limits";

/** Articles above this size are imported as a job (202), smaller ones at once (201). */
export const IMPORT_JOB_THRESHOLD_BYTES = 100 * 1024;

/**
 * Claims saved per transaction. Each transaction holds SQLite's write lock: 500 held it for 0.3–1.3 s while pages
 * were being read, and a comment waited that long; 100 hold it for 0.1–0.2 s (bench:pages, a comment during a
 * 2 MB import), which still left a comment's p95 at 2.5–3.8× its idle figure on a busy machine (target: 3×); 50
 * brought it to 2.2× in the same hour (2026-12-06). The cost: the import alone took 10.6 s against 8.7–8.8 s (the
 * pause between steps, letWaitingWritesIn, is 20 ms: 171 steps instead of 86), in less memory (227–246 MB at its
 * peak against 269–312). Since the steps are plain SQL on the adapter's transaction, a step of 50 holds the lock
 * 4.4 ms at the median and 15–16 ms at p95 (20.6 and 34.5 ms through Prisma), and the import alone takes 7.8–8.1 s
 * against 11.0 s (2 MB, SQLite, 2026-12-07).
 */
const CLAIMS_PER_STEP = 50;

/** Claims compared with the desk per matching job (lib/repeats/match-job.ts). */
const MATCH_BATCH = 500;

export const isLargeImport = (request: unknown) => {
  const body = (request as { body?: unknown } | null)?.body;
  return typeof body === "string" && utf8ByteLength(body) > IMPORT_JOB_THRESHOLD_BYTES;
};

/** Checks the request now (422/413 answer at once), then queues the import. */
export async function enqueueImport(request: unknown, by: SessionUser | null): Promise<JobView> {
  const input = parseImportRequest(request, by);
  await checkNewArticle(input); // an article already imported is refused now, not minutes later
  const { title, body, url, publication } = input;
  return enqueueJob("IMPORT_ARTICLE", { request: { title, body, url, publication, publishedAt: input.publishedAt?.toISOString() }, by: by?.id ?? null }, by?.id ?? null);
}

type ImportInput = { request: unknown; by: string | null };

/**
 * An import as a job, in steps: detect the claims, create the article, save its claims a few hundred
 * per transaction, then run the article's checks. The article's id is kept on the job in the
 * transaction that creates it, so a failed, cancelled or interrupted attempt is undone whole.
 */
export async function importArticleJob(context: JobContext) {
  const { request, by } = context.job.input as ImportInput;
  await undoImportArticleJob(context); // what an interrupted attempt left
  const importer = by ? await sessionUserById(by) : null;
  if (by && !importer) throw new AppError("FORBIDDEN", "The person who started this import can no longer import articles.");
  const input = parseImportRequest(request, importer);

  await context.progress(0.02, "Detecting claims…", { force: true });
  const claims = detectClaims(input.body, { publishedAt: input.publishedAt ?? null });
  await context.progress(0.3, `Detected ${claims.length.toLocaleString("en")} claims; saving the article…`, { force: true });

  const fields = { title: input.title, body: input.body, url: input.url ?? null, publication: input.publication ?? null, publishedAt: input.publishedAt ?? null, createdById: importer?.id ?? null };
  const checked = await checkNewArticle(fields);
  let article: { id: string; slug: string };
  try {
    article = await prisma.$transaction(async (tx) => {
      const created = await insertArticle(tx, fields, checked);
      await tx.job.update({ where: { id: context.job.id }, data: { result: JSON.stringify({ articleId: created.id }) } });
      return created;
    });
  } catch (error) {
    throw uniqueRaceAsConflict(error);
  }

  // Matching is queued for every MATCH_BATCH claims, in the transaction of the step that completes the batch: each
  // matching job reads the article's unmatched claims whole, so a job per short step would read them 171 times.
  let unqueued: string[] = [];
  for (let done = 0; done < claims.length; done += CLAIMS_PER_STEP) {
    // Fingerprinted before the transaction: the write lock is held for the saving alone.
    const rows = detectedClaimRows(input.body, article.id, claims.slice(done, done + CLAIMS_PER_STEP), "SUGGESTED");
    const last = done + CLAIMS_PER_STEP >= claims.length;
    // On the driver adapter's transaction (plain SQL only): Prisma's own added about a millisecond to each step.
    unqueued = await sqlTransaction(async (tx) => {
      const waiting = [...unqueued, ...(await saveDetectedClaims(tx, rows, fields.createdById))];
      if (waiting.length < MATCH_BATCH && !last) return waiting;
      await queueMatching(tx, article.id, waiting, fields.createdById);
      return [];
    });
    const saved = done + rows.length;
    await context.progress(0.3 + 0.6 * (saved / claims.length), `Saving claims: ${saved.toLocaleString("en")} of ${claims.length.toLocaleString("en")}`);
    await letWaitingWritesIn();
  }
  await context.progress(0.92, "Checking the article for inconsistencies…", { force: true });
  // Found before the transaction, which then only writes the flags: on SQLite it holds the write lock.
  const findings = articleFindings(fields.body, fields.publishedAt);
  await prisma.$transaction((tx) => runArticleChecks(tx, article.id, findings), ARTICLE_TRANSACTION);
  // The last moment a cancel can still take the import back.
  await context.progress(0.99, "Finishing…", { force: true });
  const summary = await importedSummary(article.id, claims.length);
  return { result: { slug: summary.slug, article: summary }, message: `Imported “${summary.title}” with ${claims.length.toLocaleString("en")} claims.` };
}

/** Deletes the article an attempt created (its claims, events and flags go with it). */
export async function undoImportArticleJob(context: JobContext): Promise<void> {
  const kept = await prisma.job.findUnique({ where: { id: context.job.id }, select: { result: true, state: true } });
  const articleId = kept?.result ? (JSON.parse(kept.result) as { articleId?: string }).articleId : undefined;
  if (!articleId) return;
  await prisma.article.deleteMany({ where: { id: articleId } });
  await prisma.job.update({ where: { id: context.job.id }, data: { result: null } });
}
