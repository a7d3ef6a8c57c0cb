import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { bin } from "./run-bin";

// `npm test`: vitest (unit and integration), then Playwright (browser, crash, fuzz), then one closing line
// with the totals of both, so a reader (or CI) sees the whole suite's result at the end.

const out = path.resolve("tests", ".tmp");
fs.mkdirSync(out, { recursive: true });
const vitestJson = path.join(out, "vitest-results.json");
const playwrightJson = path.join(out, "playwright-results.json");
for (const file of [vitestJson, playwrightJson]) fs.rmSync(file, { force: true });

const vitest = spawnSync(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], { stdio: "inherit" });
const playwright = spawnSync(bin("playwright"), ["test", "--reporter=list,json"], { stdio: "inherit", env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson } });

function read<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}
const v = read<{ numPassedTests: number; numFailedTests: number; numPendingTests: number }>(vitestJson);
const p = read<{ stats: { expected: number; unexpected: number; skipped: number; flaky: number } }>(playwrightJson);
const passed = (v?.numPassedTests ?? 0) + (p ? p.stats.expected + p.stats.flaky : 0);
const failed = (v?.numFailedTests ?? 0) + (p?.stats.unexpected ?? 0) + (v ? 0 : 1) + (p ? 0 : 1);
const skipped = (v?.numPendingTests ?? 0) + (p?.stats.skipped ?? 0);

console.log(`\nvitest: ${v ? `${v.numPassedTests} passed, ${v.numFailedTests} failed` : "did not report"}; playwright: ${p ? `${p.stats.expected} passed, ${p.stats.unexpected} failed` : "did not report"}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(vitest.status === 0 && playwright.status === 0 && failed === 0 ? 0 : 1);
