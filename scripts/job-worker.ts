import { prisma } from "@/lib/db/client";
import { runWorkerLoop } from "@/lib/jobs/worker";
import { startDigestTimer } from "@/lib/notifications/digest-timer";

// A job worker process: `npm start` runs one beside the server processes (CLAIMDESK_JOB_WORKERS sets
// how many; 0 for none, when another instance's workers serve the database). `npm run jobs:worker` runs
// one by hand (with `next dev`, say).
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => (stopping = true));
// Forked by the server (scripts/cluster.ts): when that process is gone, however it went, so is the channel to it.
process.on("disconnect", () => (stopping = true));

// With SMTP_URL set, this worker also takes its turn at the e-mail digests.
const stopDigests = startDigestTimer();

runWorkerLoop({ shouldStop: () => stopping })
  .catch((error) => {
    console.error("The job worker stopped:", error);
    process.exitCode = 1;
  })
  .finally(() => {
    stopDigests();
    return prisma.$disconnect();
  });
