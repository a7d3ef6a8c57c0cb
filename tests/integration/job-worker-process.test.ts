import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { forkJobWorker } from "../../scripts/cluster";
import { enqueueJob, waitForJob } from "@/lib/jobs/queue";
import { createUser } from "../factories";

describe("a job worker process beside the server", () => {
  it("runs jobs, and stops when the server that started it is gone (its channel closes), never living on alone", async () => {
    const reviewer = await createUser("REVIEWER");
    const worker = forkJobWorker({ ...process.env });
    const exited = once(worker, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
    try {
      // It works: a job queued now is picked up and finished by that process.
      const job = await enqueueJob("RERUN_CHECKS", {}, reviewer.id);
      expect((await waitForJob(job.id, () => undefined)).state).toBe("DONE");
      // The server's end, as a SIGKILL would end it: the channel closes and no signal reaches the worker.
      worker.disconnect();
      const stopped = await Promise.race([exited, new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 15_000))]);
      expect(stopped).toEqual([0, null]);
    } finally {
      worker.kill("SIGKILL");
    }
  }, 60_000);
});
