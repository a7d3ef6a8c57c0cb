import { expect, test } from "@playwright/test";
import { runCrashTest } from "../crash/run-crash";
import { freshE2eDatabase } from "./postgresql/databases";

// The short form of `npm run test:crash`; it uses the production build the browser tests run on.
test("a server killed with SIGKILL mid-load loses no acknowledged write and leaves a sound database", async () => {
  test.setTimeout(180_000);
  const databaseUrl = process.env.E2E_DATABASE === "postgresql" ? await freshE2eDatabase("claimdesk_crash") : undefined;
  const report = await runCrashTest({ port: 3590, loadMs: 3000, writers: 8, databaseUrl });
  expect(report.acknowledged).toBeGreaterThan(10);
  expect(report.integrity).toBe("ok");
  expect(report.missing).toEqual([]);
});
