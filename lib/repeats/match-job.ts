import { z } from "zod";
import { ARTICLE_TRANSACTION, prisma, type Db, type SqlTx, type Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/new-id";
import type { JobContext } from "@/lib/jobs/handlers";
import { parseFingerprint } from "./fingerprint-row";
import { findDeskMatches } from "./find-matches";
import { saveMatches } from "./index-claims";

const matchInput = z.object({ articleId: z.string().min(1), claimIds: z.array(z.string().min(1)).max(100_000) });

/**
 * An import's claims are matched against the desk by a job queued in the import's own transaction
 * (so it is never lost), not inside the import: on a desk of 50k claims the matching reads hundreds
 * of thousands of key rows, and the person importing should not wait for it. "Checked before"
 * appears on each claim when the job is done, a second or two later.
 */
export async function queueMatching(tx: SqlTx, articleId: string, claimIds: string[], createdById: string | null): Promise<void> {
  if (claimIds.length === 0) return;
  // Plain SQL, so an import's steps can run on the driver adapter's transaction (lib/import/import-job.ts).
  const now = new Date();
  await tx.$executeRaw`
    INSERT INTO "Job" ("id", "kind", "input", "createdById", "message", "createdAt", "updatedAt")
    VALUES (${newId()}, 'MATCH_CLAIMS', ${JSON.stringify({ articleId, claimIds })}, ${createdById}, 'Waiting to compare the claims with the desk…', ${now}, ${now})`;
}

export async function matchClaimsJob(context: JobContext) {
  const { articleId, claimIds } = matchInput.parse(context.job.input);
  await context.progress(0, "Comparing the claims with the desk…", { force: true });
  const waiting = await unmatched(prisma, articleId, claimIds);
  // The desk is read outside the write transaction: on SQLite that transaction holds the one write lock,
  // and reading the candidates of 50 claims on a large desk takes a second or more.
  const found = await findDeskMatches(prisma, articleId, waiting);
  const saved = await prisma.$transaction(async (tx) => {
    // Only claims still without keys: another attempt of this job may have saved them meanwhile.
    const still = new Set((await unmatched(tx, articleId, claimIds)).map((c) => c.id));
    const claims = waiting.filter((c) => still.has(c.id));
    return saveMatches(tx, claims, new Map([...found].filter(([id]) => still.has(id))));
  }, ARTICLE_TRANSACTION);
  return { result: { matches: saved }, message: saved === 1 ? "1 match with an earlier claim." : `${saved} matches with earlier claims.` };
}

/** The claims named that still exist and have no match keys yet, with their fingerprints. */
async function unmatched(db: Db | Tx, articleId: string, claimIds: string[]) {
  // Read by article rather than by a list of ids, which SQLite caps at 999 parameters.
  const wanted = new Set(claimIds);
  const claims = await db.claim.findMany({ where: { articleId, matchKeys: { none: {} } }, select: { id: true, matchFingerprint: true } });
  return claims.filter((c) => wanted.has(c.id)).flatMap((c) => {
    const fingerprint = parseFingerprint(c.matchFingerprint);
    return fingerprint ? [{ id: c.id, fingerprint }] : [];
  });
}
