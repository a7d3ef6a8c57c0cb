import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { currentProvider } from "@/lib/db/provider";
import { LEASE_MS, type JobKind, type LeasedJob } from "./types";

type LeasedRow = { id: string; kind: string; input: string; attempts: number | bigint; createdById: string | null; result: string | null };

const toLeased = (row: LeasedRow): LeasedJob => ({
  id: row.id,
  kind: row.kind as JobKind,
  input: JSON.parse(row.input),
  attempts: Number(row.attempts),
  createdById: row.createdById,
  result: row.result ? JSON.parse(row.result) : null,
});

/**
 * Leases the oldest job that is queued, or running under a lease that ran out (its worker died),
 * in one statement: on PostgreSQL the candidate row is locked with FOR UPDATE SKIP LOCKED, so
 * workers of every instance pass each other by; SQLite runs one writer at a time, so the same
 * statement without the clause is already exclusive. Exactly one worker gets each job.
 */
export async function leaseNextJob(workerId: string, now = new Date()): Promise<LeasedJob | null> {
  await endAbandonedJobs(now);
  const skipLocked = currentProvider() === "postgresql" ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty;
  const until = new Date(now.getTime() + LEASE_MS);
  const rows = await prisma.$queryRaw<LeasedRow[]>`
    UPDATE "Job" SET "state" = 'RUNNING', "lockedBy" = ${workerId}, "lockedUntil" = ${until}, "attempts" = "attempts" + 1,
      "startedAt" = COALESCE("startedAt", ${now}), "updatedAt" = ${now}
    WHERE "id" = (
      SELECT "id" FROM "Job"
      WHERE "cancelRequested" = false AND "attempts" < "maxAttempts"
        AND ("state" = 'QUEUED' OR ("state" = 'RUNNING' AND "lockedUntil" < ${now}))
      ORDER BY "createdAt" ASC, "id" ASC LIMIT 1 ${skipLocked})
    RETURNING "id", "kind", "input", "attempts", "createdById", "result"`;
  return rows[0] ? toLeased(rows[0]) : null;
}

/**
 * Jobs whose worker died and that may not be tried again end here: those that used their attempts
 * fail, saying so; those the person cancelled are cancelled.
 */
export async function endAbandonedJobs(now = new Date()): Promise<void> {
  const abandoned = { state: "RUNNING" as const, lockedUntil: { lt: now } };
  await prisma.job.updateMany({ where: { ...abandoned, cancelRequested: true }, data: { state: "CANCELLED", finishedAt: now, lockedBy: null, message: "Cancelled." } });
  await prisma.job.updateMany({
    where: { ...abandoned, attempts: { gte: prisma.job.fields.maxAttempts } },
    data: { state: "FAILED", finishedAt: now, lockedBy: null, error: "The worker running this job stopped before it finished, on every attempt." },
  });
}

/**
 * Records progress and renews the lease, only while this worker still holds it; answers whether
 * the person asked to cancel. A lease lost (another worker took over) is reported as null.
 */
export async function reportProgress(jobId: string, workerId: string, progress: number, message: string): Promise<{ cancelRequested: boolean } | null> {
  const now = new Date();
  const updated = await prisma.job.updateMany({
    where: { id: jobId, lockedBy: workerId, state: "RUNNING" },
    data: { progress: Math.max(0, Math.min(1, progress)), message, lockedUntil: new Date(now.getTime() + LEASE_MS) },
  });
  if (updated.count === 0) return null;
  const job = await prisma.job.findUnique({ where: { id: jobId }, select: { cancelRequested: true } });
  return { cancelRequested: job?.cancelRequested ?? false };
}

/** Keeps what a running job has made so far (an import's article id), for a later attempt to clean up. */
export async function recordPartialResult(jobId: string, workerId: string, partial: unknown): Promise<void> {
  await prisma.job.updateMany({ where: { id: jobId, lockedBy: workerId }, data: { result: JSON.stringify(partial) } });
}

export type JobOutcome =
  | { state: "DONE"; result: unknown; output?: string; message: string }
  | { state: "FAILED"; error: string }
  | { state: "CANCELLED" };

/** Ends a job this worker holds; a lease lost meanwhile leaves the row to its new holder. */
export async function finishJob(jobId: string, workerId: string, outcome: JobOutcome): Promise<void> {
  const now = new Date();
  const data =
    outcome.state === "DONE"
      ? { state: "DONE" as const, progress: 1, message: outcome.message, result: JSON.stringify(outcome.result), output: outcome.output ?? null }
      : outcome.state === "FAILED"
        ? { state: "FAILED" as const, error: outcome.error, message: "Failed." }
        : { state: "CANCELLED" as const, message: "Cancelled." };
  await prisma.job.updateMany({ where: { id: jobId, lockedBy: workerId }, data: { ...data, finishedAt: now, lockedBy: null, lockedUntil: null } });
}

/** Leases one queued job by id (the command line runs the import it queued itself); null when a worker took it first. */
export async function leaseQueuedJob(jobId: string, workerId: string, now = new Date()): Promise<LeasedJob | null> {
  const rows = await prisma.$queryRaw<LeasedRow[]>`
    UPDATE "Job" SET "state" = 'RUNNING', "lockedBy" = ${workerId}, "lockedUntil" = ${new Date(now.getTime() + LEASE_MS)},
      "attempts" = "attempts" + 1, "startedAt" = ${now}, "updatedAt" = ${now}
    WHERE "id" = ${jobId} AND "state" = 'QUEUED' AND "cancelRequested" = false
    RETURNING "id", "kind", "input", "attempts", "createdById", "result"`;
  return rows[0] ? toLeased(rows[0]) : null;
}
