import { Prisma } from "@/lib/generated/prisma/client";
import type { SqlTx, Tx } from "@/lib/db/client";
import { closedSetLiteral } from "@/lib/db/closed-set-literal";
import { newId } from "@/lib/db/new-id";
import { insertRows } from "@/lib/db/insert-rows";
import type { DetectedClaim } from "@/lib/claims/types";
import { serializeValues } from "@/lib/review/stored-values";
import { claimFingerprint } from "@/lib/repeats/fingerprint-row";
import { queueMatching } from "@/lib/repeats/match-job";
import { recordEvents } from "@/lib/review/events";

/** The row for a detected claim: the same on import and on every revision. */
export function detectedClaimRow(articleId: string, claim: DetectedClaim, suggestion: "SUGGESTED" | "ACCEPTED") {
  return {
    articleId,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    prefix: claim.prefix,
    suffix: claim.suffix,
    kind: claim.kind,
    values: serializeValues(claim.values),
    score: claim.score,
    origin: "DETECTED" as const,
    suggestion,
  };
}

export type DetectedClaimRow = ReturnType<typeof detectedClaimRow> & { matchFingerprint: string };

/**
 * The rows of detected claims, each fingerprinted in its sentence for repeated claims (lib/repeats). Pure work, and
 * not small (about 0.2 ms a claim in a 2 MB article): an import does it before the transaction that saves them.
 */
export function detectedClaimRows(body: string, articleId: string, claims: DetectedClaim[], suggestion: "SUGGESTED" | "ACCEPTED"): DetectedClaimRow[] {
  return claims.map((claim) => ({ ...detectedClaimRow(articleId, claim, suggestion), matchFingerprint: JSON.stringify(claimFingerprint(body, claim)) }));
}

/** Claims per INSERT statement: 15 values each, well under SQLite's 32,766 bound parameters and PostgreSQL's 65,535. */
const CLAIMS_PER_STATEMENT = 500;

/**
 * Saves detected claims' rows, each with its creation event, in two batched statements rather than two per claim
 * (a 2 MB article holds thousands of claims, and its transaction holds the write lock); answers their ids. Matching
 * them against the desk is the caller's to queue, in the same transaction (queueMatching).
 *
 * Plain SQL, with ids from newId: Prisma's createManyAndReturn took most of an import step's time in the write lock
 * (a step of 50 claims held it 20.6 ms at the median, 2 MB article, SQLite, 2026-12-07).
 */
export async function saveDetectedClaims(tx: SqlTx, rows: DetectedClaimRow[], actorId: string | null): Promise<string[]> {
  if (rows.length === 0) return [];
  const now = new Date();
  const ids = rows.map(() => newId());
  await insertRows(
    tx,
    Prisma.sql`INSERT INTO "Claim" ("id", "articleId", "start", "end", "quote", "prefix", "suffix", "kind", "values", "score", "origin", "suggestion", "matchFingerprint", "createdAt", "updatedAt")`,
    rows,
    CLAIMS_PER_STATEMENT,
    (row, i) =>
      Prisma.sql`(${ids[i]}, ${row.articleId}, ${row.start}, ${row.end}, ${row.quote}, ${row.prefix}, ${row.suffix}, ${closedSetLiteral(row.kind)}, ${row.values}, ${row.score}, ${closedSetLiteral(row.origin)}, ${closedSetLiteral(row.suggestion)}, ${row.matchFingerprint}, ${now}, ${now})`,
  );
  // Through recordEvents like every other history entry: ids from one maker keep a claim's entries in the order written,
  // even when checks in the same transaction add to them within the same millisecond.
  await recordEvents(tx, actorId, rows.map((row, i) => ({ claimId: ids[i], event: { type: "CLAIM_CREATED" as const, detail: { origin: "DETECTED", quote: row.quote } } })));
  return ids;
}

/** Fingerprints and saves detected claims, and queues their matching, in the caller's transaction. */
export async function createDetectedClaims(tx: Tx, articleId: string, claims: DetectedClaim[], suggestion: "SUGGESTED" | "ACCEPTED", actorId: string | null): Promise<number> {
  if (claims.length === 0) return 0;
  const { body } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true } });
  const ids = await saveDetectedClaims(tx, detectedClaimRows(body, articleId, claims, suggestion), actorId);
  // Matching against the desk runs as a job once this transaction commits (lib/repeats/match-job.ts).
  await queueMatching(tx, articleId, ids, actorId);
  return ids.length;
}
