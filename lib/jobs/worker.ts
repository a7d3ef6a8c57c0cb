import crypto from "node:crypto";
import os from "node:os";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { leaseNextJob } from "./lease";
import { runLeasedJob } from "./run";

export const newWorkerId = () => `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString("hex")}`;

/**
 * The job worker's loop: lease the next job, run it, and look again; with nothing to do, look
 * again every `pollMs`. Runs in its own process (scripts/job-worker.ts), so a long import never
 * holds up the server processes' requests. Stops between jobs when `shouldStop` says so.
 */
export async function runWorkerLoop(options: { workerId?: string; pollMs?: number; shouldStop: () => boolean }): Promise<void> {
  const workerId = options.workerId ?? newWorkerId();
  const pollMs = options.pollMs ?? 1000;
  while (!options.shouldStop()) {
    let job = null;
    try {
      job = await leaseNextJob(workerId);
    } catch (error) {
      // The database away (a restart) is waited out; anything else is logged and retried too.
      if (!isDatabaseUnavailable(error)) console.error("Leasing a job failed:", error);
    }
    if (job) await runLeasedJob(job, workerId);
    else await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** Runs every job queued now, one after another, then returns how many ran: for scripts and tests. */
export async function runQueuedJobs(workerId = newWorkerId()): Promise<number> {
  let ran = 0;
  for (let job = await leaseNextJob(workerId); job; job = await leaseNextJob(workerId)) {
    await runLeasedJob(job, workerId);
    ran++;
  }
  return ran;
}
