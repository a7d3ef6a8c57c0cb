import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { bin } from "./run-bin";
import { ensureDebianPackage, startThrowawayCluster, type ThrowawayCluster } from "./pg/cluster";

// `npm test`: every suite on SQLite, and on PostgreSQL the integration suite and the browser specs
// that reach SQL (authorization, fuzz, injection, a smoke test, two instances, a restart under load);
// then one closing line with the totals of all four runs. It sets up what it needs: Debian's
// chromium and postgresql when missing (as root, with apt), and a throwaway PostgreSQL cluster in a
// temporary folder, removed at the end — or the server TEST_DATABASE_URL names.

const out = path.resolve("tests", ".tmp");
fs.mkdirSync(out, { recursive: true });

type Counts = { passed: number; failed: number; skipped: number; label: string; ok: boolean; failures: string[] };

// The names of the failed tests, printed again at the very end: CI keeps only the tail of a long log.
type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; testResults?: { name: string; assertionResults: { status: string; fullName: string }[] }[] };
type PlaywrightSuite = { title: string; file?: string; suites?: PlaywrightSuite[]; specs?: { title: string; file: string; line: number; ok: boolean }[] };
type PlaywrightReport = { stats: { expected: number; unexpected: number; skipped: number; flaky: number }; suites?: PlaywrightSuite[] };

function vitestFailures(report: VitestReport): string[] {
  return (report.testResults ?? []).flatMap((file) =>
    file.assertionResults.filter((test) => test.status === "failed").map((test) => `${path.relative(process.cwd(), file.name)} › ${test.fullName}`),
  );
}

function playwrightFailures(suites: PlaywrightSuite[] = []): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).filter((spec) => !spec.ok).map((spec) => `${spec.file}:${spec.line} › ${spec.title}`),
    ...playwrightFailures(suite.suites),
  ]);
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

function runVitest(label: string, env: NodeJS.ProcessEnv): Counts {
  const file = path.join(out, `vitest-${label}.json`);
  fs.rmSync(file, { force: true });
  const run = spawnSync(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], { stdio: "inherit", env });
  const v = readJson<VitestReport>(file);
  if (!v) return { label, passed: 0, failed: 1, skipped: 0, ok: false, failures: ["vitest wrote no report"] };
  return { label, passed: v.numPassedTests, failed: v.numFailedTests, skipped: v.numPendingTests, ok: run.status === 0, failures: vitestFailures(v) };
}

function runPlaywright(label: string, env: NodeJS.ProcessEnv): Counts {
  const file = path.join(out, `playwright-${label}.json`);
  fs.rmSync(file, { force: true });
  const run = spawnSync(bin("playwright"), ["test", "--reporter=list,json"], { stdio: "inherit", env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: file } });
  const p = readJson<PlaywrightReport>(file);
  if (!p) return { label, passed: 0, failed: 1, skipped: 0, ok: false, failures: ["playwright wrote no report"] };
  return { label, passed: p.stats.expected + p.stats.flaky, failed: p.stats.unexpected, skipped: p.stats.skipped, ok: run.status === 0, failures: playwrightFailures(p.suites) };
}

async function main(): Promise<number> {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  let cluster: ThrowawayCluster | null = null;
  try {
    ensureDebianPackage("chromium", () => fs.existsSync(chromium), `Chromium (${chromium}, for the browser tests)`);
    let serverUrl = process.env.TEST_DATABASE_URL;
    const clusterFile = path.join(out, "pg-cluster.json");
    if (!serverUrl) {
      cluster = await startThrowawayCluster();
      serverUrl = cluster.url;
      fs.writeFileSync(clusterFile, JSON.stringify(cluster.description));
    }
    const pgEnv = { ...process.env, TEST_DATABASE_URL: serverUrl, ...(cluster ? { TEST_PG_CLUSTER: clusterFile } : {}) };
    const results = [
      runVitest("sqlite", process.env),
      runVitest("postgresql", { ...pgEnv, CLAIMDESK_TEST_DB: "postgresql" }),
      runPlaywright("sqlite", process.env),
      runPlaywright("postgresql", { ...pgEnv, E2E_DATABASE: "postgresql", E2E_PORT: "3101" }),
    ];
    const total = (k: "passed" | "failed" | "skipped") => results.reduce((n, r) => n + r[k], 0);
    const runName = (i: number) => `${i < 2 ? "vitest" : "playwright"} on ${results[i].label}`;
    const failures = results.flatMap((r, i) => r.failures.map((name) => `  ✘ ${runName(i)}: ${name}`));
    if (failures.length) console.log("\nFailed:\n" + failures.join("\n"));
    console.log("\n" + results.map((r, i) => `${runName(i)}: ${r.passed} passed, ${r.failed} failed`).join("\n"));
    const skipped = total("skipped");
    console.log(`${total("passed")} passed, ${total("failed")} failed${skipped ? `, ${skipped} skipped` : ""}`);
    return results.every((r) => r.ok) && total("failed") === 0 ? 0 : 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.log("0 passed, 1 failed");
    return 1;
  } finally {
    cluster?.stop();
  }
}

main().then((code) => process.exit(code));
