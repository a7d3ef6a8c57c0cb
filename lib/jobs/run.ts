import { AppError } from "@/lib/errors/app-error";
import { finishJob, recordPartialResult, reportProgress } from "./lease";
import { JOB_HANDLERS, type JobContext } from "./handlers";
import { JobCancelled, type LeasedJob } from "./types";

/** Progress is written at most this often: a person sees it move, the database is not flooded. */
const PROGRESS_EVERY_MS = 200;

/** The context a handler works in: progress that renews the lease and carries the cancel request back. */
type ProgressListener = (progress: number, message: string) => void | Promise<void>;

function contextFor(job: LeasedJob, workerId: string, listener?: ProgressListener): JobContext {
  let last = 0;
  return {
    job,
    async progress(fraction, message, { force = false } = {}) {
      const now = Date.now();
      if (!force && now - last < PROGRESS_EVERY_MS) return;
      last = now;
      await listener?.(fraction, message);
      const answer = await reportProgress(job.id, workerId, fraction, message);
      if (answer === null) throw new Error("This worker lost the job's lease to another worker.");
      if (answer.cancelRequested) throw new JobCancelled();
    },
    keep: (partial) => recordPartialResult(job.id, workerId, partial),
  };
}

/** Runs a leased job to its end and records how it ended. Never throws: the worker loop goes on. */
export async function runLeasedJob(job: LeasedJob, workerId: string, options: { onProgress?: ProgressListener } = {}): Promise<void> {
  const handler = JOB_HANDLERS[job.kind];
  const context = contextFor(job, workerId, options.onProgress);
  try {
    if (!handler) throw new AppError("INVALID", `Unknown kind of job: ${job.kind}.`);
    const outcome = await handler(context);
    await finishJob(job.id, workerId, { state: "DONE", ...outcome });
  } catch (error) {
    if (error instanceof JobCancelled) {
      await handler?.undo?.(context).catch((undoError) => console.error(`Undoing cancelled job ${job.id} failed:`, undoError));
      await finishJob(job.id, workerId, { state: "CANCELLED" });
      return;
    }
    if (!(error instanceof AppError)) console.error(`Job ${job.id} (${job.kind}) failed:`, error);
    await handler?.undo?.(context).catch((undoError) => console.error(`Undoing failed job ${job.id} failed:`, undoError));
    const message = error instanceof AppError ? describeAppError(error) : "Something went wrong on our side; nothing was kept.";
    await finishJob(job.id, workerId, { state: "FAILED", error: message }).catch((finishError) => console.error(`Recording job ${job.id}'s failure failed:`, finishError));
  }
}

function describeAppError(error: AppError): string {
  const fields = Object.values(error.fields ?? {}).filter((m) => m !== error.message);
  return [error.message, ...fields].join(" ");
}
