import { prisma, type Db } from "@/lib/db/client";
import { FINGERPRINT_VERSION } from "@/lib/matching";
import type { JobContext } from "@/lib/jobs/handlers";
import type { ClaimKind } from "@/lib/claims/types";
import { parseStoredValues } from "@/lib/review/stored-values";
import { claimFingerprint, storeKeys } from "./fingerprint-row";

/** Claims fingerprinted per transaction: short transactions, so reviewers' saves never wait long. */
const BATCH = 200;

// A stored fingerprint starts with its version ({"v":1,…}): one made by another version of the matcher is rebuilt.
const CURRENT = `{"v":${FINGERPRINT_VERSION},`;
const needsFingerprint = { OR: [{ matchFingerprint: null }, { NOT: { matchFingerprint: { startsWith: CURRENT } } }] };

/** How many claims have no fingerprint of the current version (saved before repeated claims, or by an older matcher). */
export function countClaimsToFingerprint(db: Db = prisma): Promise<number> {
  return db.claim.count({ where: needsFingerprint });
}

/**
 * Gives those claims their fingerprint and match keys, a batch per transaction, so later imports find
 * them as repeats. Earlier claims are not matched against one another: the desk's history stays as it
 * was reviewed. Safe to run twice at once: a claim is only keyed by the transaction that fingerprinted it.
 */
export async function backfillFingerprints(onBatch?: (done: number, total: number) => Promise<void>): Promise<number> {
  const total = await countClaimsToFingerprint();
  let done = 0;
  for (;;) {
    const claims = await prisma.claim.findMany({
      where: needsFingerprint,
      select: { id: true, start: true, end: true, quote: true, kind: true, values: true, matchFingerprint: true, article: { select: { body: true } } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (claims.length === 0) return done;
    await prisma.$transaction(async (tx) => {
      for (const claim of claims) {
        const fingerprint = claimFingerprint(claim.article.body, { ...claim, kind: claim.kind as ClaimKind, values: parseStoredValues(claim.values) });
        // Only if nobody fingerprinted it meanwhile (on PostgreSQL the second writer waits, then finds no row).
        const { count } = await tx.claim.updateMany({ where: { id: claim.id, matchFingerprint: claim.matchFingerprint }, data: { matchFingerprint: JSON.stringify(fingerprint) } });
        if (count === 0) continue;
        await tx.claimMatchKey.deleteMany({ where: { claimId: claim.id } });
        await tx.claimMatchKey.createMany({ data: storeKeys(claim.id, fingerprint) });
      }
    });
    done += claims.length;
    await onBatch?.(done, Math.max(total, done));
  }
}

/** The backfill as a job: queued at start when claims need it (scripts/prepare-db.ts). */
export async function backfillFingerprintsJob(context: JobContext) {
  const done = await backfillFingerprints((n, total) => context.progress(n / total, `Fingerprinting earlier claims: ${n.toLocaleString("en")} of ${total.toLocaleString("en")}`));
  return { result: { claims: done }, message: `${done.toLocaleString("en")} earlier claims can now be recognised when repeated.` };
}

/** Queues the backfill once: nothing when no claim needs it or a backfill is already waiting or running. */
export async function queueFingerprintBackfill(db: Db = prisma): Promise<boolean> {
  if ((await countClaimsToFingerprint(db)) === 0) return false;
  if (await db.job.count({ where: { kind: "INDEX_CLAIMS", state: { in: ["QUEUED", "RUNNING"] } } })) return false;
  await db.job.create({ data: { kind: "INDEX_CLAIMS", input: "{}", message: "Waiting to fingerprint earlier claims…" } });
  return true;
}
