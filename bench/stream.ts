import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { spawnSync } from "node:child_process";
import pg from "pg";
import { buildIfStale } from "../scripts/build-if-stale";
import { bin } from "../scripts/run-bin";
import { pgFieldsFromUrl } from "../lib/db/pg-config";
import { freePort, signIn, startServer, stopProcess } from "./server";
import { benchDatabase } from "./database";
import { percentile } from "./load";

// npm run bench:stream [-- --db postgresql] — what open live streams cost one server process (issue #15):
//   1. ordinary requests (the claim API and the article page, 8 clients) with no stream open, then with 200
//      streams open on the demo article, while a writer saves a change every second: p50 / p95 and req/s;
//   2. how long a change takes to reach the 200 streams (from the save's answer to each stream's event);
//   3. on PostgreSQL, the database's committed transactions per second with 1 stream and with 200 (a query
//      per stream per second would show as 200 more): pg_stat_database.xact_commit, sampled idle for 10 s.

const STREAMS = Number(process.env.BENCH_STREAMS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CLIENTS = 8;
const SLUG = "centrality-of-security-pakistan-us";

type Stream = { close(): void; events: Array<{ at: number; data: string }> };

function openStream(base: string, cookie: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const events: Stream["events"] = [];
    const request = http.get(`${base}/api/stream?article=${SLUG}`, { headers: { cookie, accept: "text/event-stream" }, agent: false }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`stream answered ${response.statusCode}`));
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split("\n").find((l) => l.startsWith("data: "));
          if (data && block.includes("event: claim")) events.push({ at: performance.now(), data: data.slice(6) });
        }
      });
      resolve({ close: () => request.destroy(), events });
    });
    request.on("error", reject);
  });
}

async function ordinaryLoad(base: string, cookie: string, claimIds: string[], seconds: number) {
  const times: number[] = [];
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; Date.now() < until; i++) {
        const url = i % 2 ? `${base}/api/claims/${claimIds[i % claimIds.length]}` : `${base}/articles/${SLUG}`;
        const started = performance.now();
        const response = await fetch(url, { headers: { cookie } });
        await response.arrayBuffer();
        times.push(performance.now() - started);
      }
    }),
  );
  const sorted = times.sort((a, b) => a - b);
  return { count: times.length, rps: times.length / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** Saves a rationale every second on the demo's first claim; returns the times each save was answered. */
function startWriter(base: string, cookie: string, claimId: string) {
  const saved: Array<{ at: number; version: number }> = [];
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      const claim = (await (await fetch(`${base}/api/claims/${claimId}`, { headers: { cookie } })).json()) as { version: number };
      const token = crypto.randomUUID();
      const response = await fetch(`${base}/api/claims/${claimId}`, { method: "PATCH", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ version: claim.version, rationale: `Stream bench ${token}` }) });
      const at = performance.now();
      if (response.ok) saved.push({ at, version: ((await response.json()) as { version: number }).version });
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  return { saved, stop: () => ((stopped = true), done) };
}

async function commitsPerSecond(url: string, seconds: number): Promise<number> {
  const client = new pg.Client(pgFieldsFromUrl(url));
  await client.connect();
  try {
    const read = async () => Number((await client.query("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")).rows[0].xact_commit);
    const before = await read();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    return (await read() - before - 1) / seconds; // less this sampler's own reading
  } finally {
    await client.end();
  }
}

async function main() {
  const dir = path.resolve("bench", ".tmp", "stream");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const database = await benchDatabase("stream", { fresh: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: database.url, CLAIMDESK_DATA_DIR: dir, NEXTAUTH_URL: base, NEXTAUTH_SECRET: crypto.randomBytes(24).toString("hex"), CLAIMDESK_WORKERS: "1", CLAIMDESK_JOB_WORKERS: "0" };
  if (spawnSync(bin("tsx"), ["scripts/prepare-db.ts"], { env, stdio: "inherit" }).status !== 0) throw new Error("Preparing the database failed.");
  buildIfStale();
  const server = await startServer(port, env);
  const streams: Stream[] = [];
  try {
    const cookie = await signIn(base, "reviewer@claimdesk.test", "claimdesk-demo");
    const claimIds = ((await (await fetch(`${base}/api/articles/${SLUG}/claims`, { headers: { cookie } })).json()) as { claims: { id: string }[] }).claims.map((c) => c.id);
    console.log(`${database.describe.split(",")[0]}, one server process; ${CLIENTS} clients of ordinary requests for ${SECONDS} s per phase, a save every second.`);
    await ordinaryLoad(base, cookie, claimIds, 3); // warm up

    const writer0 = startWriter(base, cookie, claimIds[0]);
    const without = await ordinaryLoad(base, cookie, claimIds, SECONDS);
    await writer0.stop();

    for (let i = 0; i < STREAMS; i++) streams.push(await openStream(base, cookie));
    await new Promise((r) => setTimeout(r, 1500));
    const writer = startWriter(base, cookie, claimIds[0]);
    const withStreams = await ordinaryLoad(base, cookie, claimIds, SECONDS);
    await writer.stop();
    await new Promise((r) => setTimeout(r, 3000));
    const delivered = streams.map((s) => [...s.events]);

    // Without streams again, so neither phase alone carries the server's warming up.
    for (const s of streams.splice(0)) s.close();
    await new Promise((r) => setTimeout(r, 1500));
    const writer2 = startWriter(base, cookie, claimIds[0]);
    const withoutAgain = await ordinaryLoad(base, cookie, claimIds, SECONDS);
    await writer2.stop();

    console.log("\nordinary requests          req/s    p50 ms   p95 ms");
    for (const [name, r] of [["no stream open", without], [`${STREAMS} streams open`, withStreams], ["no stream open, again", withoutAgain]] as const) {
      console.log(`${name.padEnd(24)} ${r.rps.toFixed(1).padStart(7)} ${r.p50.toFixed(0).padStart(9)} ${r.p95.toFixed(0).padStart(8)}`);
    }
    const base95 = (without.p95 + withoutAgain.p95) / 2;
    const base50 = (without.p50 + withoutAgain.p50) / 2;
    console.log(`with ${STREAMS} streams / the mean of the two phases without: p95 ${(withStreams.p95 / base95).toFixed(2)} (goal ≤ 1.20), p50 ${(withStreams.p50 / base50).toFixed(2)}`);

    const delays: number[] = [];
    let missed = 0;
    for (const save of writer.saved) {
      for (const events of delivered) {
        // Each save's event carries the version it made; an event may even arrive before the save's answer is read.
        const event = events.find((e) => e.data.includes(claimIds[0]) && e.data.includes(`"version":${save.version}`));
        if (event) delays.push(Math.max(0, event.at - save.at));
        else missed++;
      }
    }
    const sortedDelays = delays.sort((a, b) => a - b);
    console.log(`a save reaching the ${STREAMS} streams: ${delays.length} deliveries, p50 ${percentile(sortedDelays, 50).toFixed(0)} ms, p95 ${percentile(sortedDelays, 95).toFixed(0)} ms, max ${(sortedDelays.at(-1) ?? 0).toFixed(0)} ms (goal ≤ 2 s); ${missed} not seen`);

    if (database.provider === "postgresql") {
      streams.push(await openStream(base, cookie));
      await new Promise((r) => setTimeout(r, 2000));
      const one = await commitsPerSecond(database.url, 10);
      for (let i = 1; i < STREAMS; i++) streams.push(await openStream(base, cookie));
      await new Promise((r) => setTimeout(r, 2000));
      const many = await commitsPerSecond(database.url, 10);
      console.log(`database transactions per second, idle: ${one.toFixed(1)} with 1 stream, ${many.toFixed(1)} with ${STREAMS} (one shared poll per process, not one per stream)`);
    } else {
      console.log("database queries per stream: measured on PostgreSQL (npm run bench:stream -- --db postgresql); SQLite has no counter of its own");
    }
  } finally {
    for (const s of streams) s.close();
    await stopProcess(server);
    database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
