import { prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { JobKind, JobState, JobView } from "./types";

const viewSelect = { id: true, kind: true, state: true, progress: true, message: true, result: true, error: true, createdAt: true, finishedAt: true, createdById: true } as const;
type ViewRow = { id: string; kind: string; state: JobState; progress: number; message: string; result: string | null; error: string | null; createdAt: Date; finishedAt: Date | null };

export function toJobView(row: ViewRow): JobView {
  return {
    id: row.id,
    kind: row.kind as JobKind,
    state: row.state,
    progress: row.progress,
    message: row.message,
    ...(row.state === "DONE" && row.result ? { result: JSON.parse(row.result) } : {}),
    ...(row.error ? { error: row.error } : {}),
    createdAt: row.createdAt.toISOString(),
    ...(row.finishedAt ? { finishedAt: row.finishedAt.toISOString() } : {}),
  };
}

/** Queues a job; a worker of any instance picks it up (scripts/job-worker.ts). */
export async function enqueueJob(kind: JobKind, input: unknown, createdById: string | null, message = "Waiting for a worker…"): Promise<JobView> {
  const row = await prisma.job.create({ data: { kind, input: JSON.stringify(input), createdById, message }, select: viewSelect });
  return toJobView(row);
}

/** People see their own jobs; editors and admins see every job on the desk. */
async function visibleJobOrThrow(id: string, user: SessionUser) {
  const row = await prisma.job.findUnique({ where: { id }, select: viewSelect });
  if (!row || (row.createdById !== user.id && !can(user.role, "dashboard:all"))) throw notFound("The job");
  return row;
}

export async function getJobForUser(id: string, user: SessionUser): Promise<JobView> {
  return toJobView(await visibleJobOrThrow(id, user));
}

/**
 * Cancels a job: a queued one at once; a running one is asked to stop and does so at its next
 * progress report (its work so far is undone by its handler). A finished job cannot be cancelled.
 */
export async function cancelJob(id: string, user: SessionUser): Promise<JobView> {
  const row = await visibleJobOrThrow(id, user);
  if (row.state === "DONE" || row.state === "FAILED" || row.state === "CANCELLED") {
    throw new AppError("CONFLICT", `This job has already ended (${row.state === "DONE" ? "done" : row.state === "FAILED" ? "failed" : "cancelled"}).`);
  }
  const now = new Date();
  await prisma.job.updateMany({ where: { id, state: "QUEUED" }, data: { state: "CANCELLED", cancelRequested: true, finishedAt: now, message: "Cancelled." } });
  await prisma.job.updateMany({ where: { id, state: "RUNNING" }, data: { cancelRequested: true, message: "Cancelling…" } });
  return getJobForUser(id, user);
}

/** Waits for a job to end (the command line's way to wait for an import it queued). */
export async function waitForJob(id: string, onProgress: (job: JobView) => void, pollMs = 250): Promise<JobView> {
  for (;;) {
    const row = await prisma.job.findUniqueOrThrow({ where: { id }, select: viewSelect });
    const view = toJobView(row);
    onProgress(view);
    if (view.state === "DONE" || view.state === "FAILED" || view.state === "CANCELLED") return view;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
