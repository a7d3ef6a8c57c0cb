import { runCrashTest } from "./run-crash";

// npm run test:crash — the long form: 20 s of writes, then SIGKILL, restart and checks.
const loadMs = Number(process.env.CRASH_LOAD_MS ?? 20_000);
runCrashTest({ port: Number(process.env.CRASH_PORT ?? 3510), loadMs, writers: 16 }).then((report) => {
  console.log(`Writes acknowledged: ${report.acknowledged}; failed when the server died: ${report.failedInFlight}`);
  console.log(`Killed after ${report.killedAfterMs} ms; integrity_check: ${report.integrity}; acknowledged writes missing: ${report.missing.length}`);
  process.exit(report.integrity === "ok" && report.missing.length === 0 ? 0 : 1);
});
