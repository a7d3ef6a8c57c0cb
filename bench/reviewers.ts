import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { buildIfStale } from "../scripts/build-if-stale";
import { bin } from "../scripts/run-bin";
import { freePort, signIn, startApp } from "./server";
import { benchDatabase } from "./database";
import { createPrismaClient } from "../lib/db/client";
import { percentile } from "./load";
import { benchAgent, benchRequest, type BenchResponse } from "./http-client";
import { navigationRequest } from "./navigation";

// npm run bench:load — 50 simulated reviewers against the production server for 60 s (BENCH_SECONDS,
// BENCH_REVIEWERS override), then throughput, latency per action, errors by status and lost updates.
// Each reviewer opens the desk as a browser does: the first page is a full load, and every page after it a
// client-side navigation from the page the reviewer is on (bench/navigation.ts). BENCH_NAVIGATION=full loads
// every page in full instead, as a person reloading each page would (this bench's only mode before 2026-12-06).
// The reviewers first work for BENCH_WARMUP seconds (10) that are not measured: a fresh server process loads and
// compiles each route's code on its first requests, which stalled its event loop for up to 1.6 s (measured
// 2026-12-06), and a desk in use runs warm. Writes made then still count in the lost-update check.

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? 10);
const REVIEWERS = Number(process.env.BENCH_REVIEWERS ?? 50);
const SLUG = "centrality-of-security-pakistan-us";
const FULL_PAGES = process.env.BENCH_NAVIGATION === "full";
const ACTIONS = [
  ["read article", 30],
  ["open claim", 30],
  ["attach source", 12],
  ["change state", 13],
  ["comment", 15],
] as const;
type ActionName = (typeof ACTIONS)[number][0];

const latencies = new Map<ActionName, number[]>(ACTIONS.map(([name]) => [name, []]));
const statuses = new Map<string, number>();
/** The warm-up's answers other than 2xx and the designed 409 (a failure while the server warms up is still one). */
const warmupFailures = new Map<string, number>();
const acknowledged = { comments: [] as string[], citations: [] as string[], rationales: [] as string[] };
/** When the measured run began (performance.now()); requests started before it are the warm-up's. */
let measuredFrom = Infinity;

const tally = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

function pick(): ActionName {
  let roll = Math.random() * 100;
  for (const [name, weight] of ACTIONS) if ((roll -= weight) < 0) return name;
  return "read article";
}

async function timed(action: ActionName, request: () => Promise<BenchResponse>): Promise<BenchResponse | null> {
  const started = performance.now();
  try {
    const response = await request();
    if (started < measuredFrom) {
      if (!response.ok && response.status !== 409) tally(warmupFailures, `${action} ${response.status}`);
      return response;
    }
    latencies.get(action)!.push(performance.now() - started);
    tally(statuses, `${action} ${response.status}${response.kept ? " (kept page)" : ""}`);
    return response;
  } catch (error) {
    tally(started < measuredFrom ? warmupFailures : statuses, `${action} network error`);
    return null;
  }
}

async function reviewer(base: string, cookie: string, claimIds: string[], until: number) {
  const headers = { cookie, "content-type": "application/json" };
  // One connection per reviewer, kept alive, as a browser keeps one to the desk.
  const agent = benchAgent(1);
  const get = (url: string) => benchRequest(agent, url, { headers });
  const send = (method: string, url: string, body: unknown) => benchRequest(agent, url, { method, headers, body: JSON.stringify(body) });
  // The page this reviewer's browser shows: null until the first one is loaded.
  let at: string | null = null;
  const visit = async (path: string) => {
    if (at === null || FULL_PAGES) return get(`${base}${path}`).finally(() => (at = path));
    const navigation = await navigationRequest(base, at, path);
    return benchRequest(agent, navigation.url, { headers: { ...headers, ...navigation.headers } }).finally(() => (at = path));
  };
  while (Date.now() < until) {
    const claimId = claimIds[Math.floor(Math.random() * claimIds.length)];
    const action = pick();
    if (action === "read article") await timed(action, () => visit(`/articles/${SLUG}`));
    else if (action === "open claim") await timed(action, () => visit(`/claims/${claimId}`));
    else if (action === "comment") {
      const response = await timed(action, () => send("POST", `${base}/api/claims/${claimId}/comments`, { body: `Load comment ${crypto.randomUUID()}` }));
      if (response?.ok) acknowledged.comments.push(response.json<{ comment: { id: string } }>().comment.id);
    } else if (action === "attach source") {
      const n = crypto.randomUUID().slice(0, 8);
      const body = { url: `https://example.org/load/${n}`, title: `Load source ${n}`, passage: "Officials put the figure at $450 million in 2022.", stance: "CONTEXT" };
      const response = await timed(action, () => send("POST", `${base}/api/claims/${claimId}/citations`, body));
      if (response?.ok) acknowledged.citations.push(response.json<{ citation: { id: string } }>().citation.id);
    } else {
      // Read the claim, then write on the version read: a person's edit, which may meet someone else's.
      const token = `Load rationale ${crypto.randomUUID()}`;
      const response = await timed(action, async () => {
        const claim = (await get(`${base}/api/claims/${claimId}`)).json<{ version: number; state: string }>();
        const state = claim.state === "UNREVIEWED" ? "IN_REVIEW" : undefined;
        return send("PATCH", `${base}/api/claims/${claimId}`, { version: claim.version, rationale: token, ...(state ? { state } : {}) });
      });
      if (response?.ok) acknowledged.rationales.push(token);
    }
  }
  agent.destroy();
}

/** A navigation the server does not answer with a page's payload would measure something else: stop here. */
async function checkNavigation(base: string, cookie: string, claimId: string) {
  if (FULL_PAGES) return;
  const agent = benchAgent(1);
  try {
    const navigation = await navigationRequest(base, `/articles/${SLUG}`, `/claims/${claimId}`);
    const response = await benchRequest(agent, navigation.url, { headers: { cookie, ...navigation.headers } });
    if (response.status !== 200 || response.body.length < 1000) throw new Error(`A client-side navigation got ${response.status} with ${response.body.length} bytes.`);
  } finally {
    agent.destroy();
  }
}

async function lostUpdates(url: string) {
  const db = createPrismaClient(url);
  try {
    const missing = (present: { id: string }[], ids: string[]) => {
      const found = new Set(present.map((r) => r.id));
      return ids.filter((id) => !found.has(id)).length;
    };
    const [comments, citations, events] = await Promise.all([
      db.comment.findMany({ select: { id: true } }),
      db.citation.findMany({ select: { id: true } }),
      db.claimEvent.findMany({ where: { type: "RATIONALE_CHANGED" }, select: { toValue: true } }),
    ]);
    const recorded = new Set(events.map((e) => e.toValue));
    return { comments: missing(comments, acknowledged.comments), citations: missing(citations, acknowledged.citations), rationales: acknowledged.rationales.filter((t) => !recorded.has(t)).length };
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const dir = path.resolve("bench", ".tmp", "load");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const database = await benchDatabase("load", { fresh: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: database.url, CLAIMDESK_DATA_DIR: dir, NEXTAUTH_URL: base, NEXTAUTH_SECRET: crypto.randomBytes(24).toString("hex") };
  if (spawnSync(bin("tsx"), ["scripts/prepare-db.ts"], { env, stdio: "inherit" }).status !== 0) throw new Error("Preparing the database failed.");
  const users = spawnSync(bin("tsx"), ["bench/reviewer-accounts.ts", String(REVIEWERS)], { env, stdio: "inherit" });
  if (users.status !== 0) throw new Error("Creating the reviewers failed.");
  buildIfStale();
  const server = await startApp(port, env, database.instances);
  console.log(`Database: ${database.describe}.`);
  try {
    const cookies: string[] = [];
    for (let i = 0; i < REVIEWERS; i++) cookies.push(await signIn(base, `load-reviewer-${i}@claimdesk.test`, "load-test-password"));
    const claimIds = ((await (await fetch(`${base}/api/articles/${SLUG}/claims`, { headers: { cookie: cookies[0] } })).json()) as { claims: { id: string }[] }).claims.map((c) => c.id);
    await checkNavigation(base, cookies[0], claimIds[0]);
    const pages = FULL_PAGES ? "every page loaded in full" : "the first page loaded in full, then client-side navigations";
    const until = Date.now() + (WARMUP_SECONDS + SECONDS) * 1000;
    const running = Promise.all(cookies.map((cookie) => reviewer(base, cookie, claimIds, until)));
    console.log(`Warming up: ${REVIEWERS} reviewers for ${WARMUP_SECONDS} s, not measured …`);
    await new Promise((resolve) => setTimeout(resolve, WARMUP_SECONDS * 1000));
    console.log(`${REVIEWERS} reviewers for ${SECONDS} s against ${base}, ${pages} …`);
    measuredFrom = performance.now();
    const started = Date.now();
    const clientCpu = process.cpuUsage();
    await running;
    const elapsed = (Date.now() - started) / 1000;
    const { user, system } = process.cpuUsage(clientCpu);

    const all = [...latencies.values()].flat();
    console.log(`\nRequests: ${all.length} in ${elapsed.toFixed(1)} s = ${(all.length / elapsed).toFixed(1)} req/s`);
    console.log("action          count    req/s   p50 ms   p95 ms   p99 ms");
    for (const [action, times] of latencies) {
      const sorted = [...times].sort((a, b) => a - b);
      const row = [action.padEnd(14), String(times.length).padStart(6), (times.length / elapsed).toFixed(1).padStart(8), ...[50, 95, 99].map((p) => percentile(sorted, p).toFixed(0).padStart(8))];
      console.log(row.join(" "));
    }
    // The simulated reviewers run on the same two cores as the server: what they took is not the server's.
    console.log(`\nThe reviewers' own process (this one) used ${((user + system) / 1e6 / elapsed * 100).toFixed(0)}% of one core.`);
    console.log("\nAnswers by status:");
    for (const [key, count] of [...statuses].sort()) console.log(`  ${key}: ${count}`);
    console.log(warmupFailures.size === 0 ? "During the warm-up: no failed answer." : "During the warm-up, failed answers:");
    for (const [key, count] of [...warmupFailures].sort()) console.log(`  ${key}: ${count}`);
    const lost = await lostUpdates(database.url);
    console.log(`\nAcknowledged writes: ${acknowledged.comments.length} comments, ${acknowledged.citations.length} citations, ${acknowledged.rationales.length} claim edits`);
    console.log(`Lost updates (acknowledged but not in the database): ${lost.comments + lost.citations + lost.rationales}`);
    if (lost.comments + lost.citations + lost.rationales > 0) process.exitCode = 1;
  } finally {
    await server.stop();
    database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
