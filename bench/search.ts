// Search and repeated-claims benchmark: `npm run bench:search [-- --articles 1000] [--reuse-db]`, on SQLite
// (bench/.tmp/search.db) or PostgreSQL (BENCH_DB=postgresql BENCH_DATABASE_URL=postgresql://…/server).
// Builds a desk of 1,220 articles × ~41 detected claims (about 50,000 claims, each with its fingerprint and match keys,
// indexed by the full-text triggers/indexes), then measures
//   1. GET /api/search's query (searchDesk) for 300 one- and two-word queries: p50 / p95;
//   2. what matching adds to a 50-claim import (fingerprints and the queued job, lib/repeats/match-job.ts), and the
//      matching job's own work for those 50 claims (keys written, desk candidates read, scored, matches and flags
//      written), in a transaction rolled back each run.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDatabaseOnServer } from "../scripts/pg/databases";
import { seededRandom } from "../tests/seeded-random";

const args = process.argv.slice(2);
const ARTICLES = Number(args[args.indexOf("--articles") + 1]) > 0 && args.includes("--articles") ? Number(args[args.indexOf("--articles") + 1]) : 1220;
const REUSE = args.includes("--reuse-db");
const PG = process.env.BENCH_DB === "postgresql";

const rnd = seededRandom(14);
const NAMES = ["Pakistan", "India", "Afghanistan", "the IMF", "the World Bank", "the Pentagon", "Islamabad", "Washington", "Congress", "USAID", "the F-16 program", "Karachi", "Lahore", "Punjab", "Sindh", "Balochistan", "the Senate", "NATO", "China", "Beijing"];
const WORDS = Array.from({ length: 3000 }, (_, i) => `${["aid", "loan", "grain", "flood", "budget", "trade", "jets", "troops", "refugees", "schools", "power", "water", "debt", "exports", "wheat"][i % 15]}${i < 15 ? "" : String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + ((i * 7) % 26))}`);
const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.pow(rnd(), 2.2) * n));
const pick = <T>(list: T[]) => list[zipf(list.length)];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function sentence(): string {
  const figure = [
    () => `$${Math.ceil(rnd() * 900)} million`,
    () => `${Math.ceil(rnd() * 90)} percent`,
    () => `${Math.ceil(rnd() * 5000)} ${pick(WORDS)}`,
    () => `$${(rnd() * 9 + 1).toFixed(1)} billion`,
  ][Math.floor(rnd() * 4)]();
  return `${pick(NAMES)} ${["approved", "spent", "received", "pledged", "reported"][Math.floor(rnd() * 5)]} ${figure} for ${pick(WORDS)} and ${pick(WORDS)} in ${MONTHS[Math.floor(rnd() * 12)]} ${2000 + Math.floor(rnd() * 25)}.`;
}
const articleBody = (i: number) => `Desk article ${i}\n\n` + Array.from({ length: 50 }, (_, j) => sentence() + (j % 5 === 4 ? "\n\n" : " ")).join("");

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function main() {
  let url: string;
  if (PG) {
    const server = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:55432/postgres";
    url = REUSE ? server.replace(/\/[^/]*$/, "/claimdesk_bench_search") : await createDatabaseOnServer(server, "claimdesk_bench_search", { replace: true }).then(() => server.replace(/\/[^/]*$/, "/claimdesk_bench_search"));
  } else {
    const file = path.resolve("bench", ".tmp", "search.db");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!REUSE) for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
    url = `file:${file}`;
  }
  process.env.DATABASE_URL = url;
  if (!REUSE) execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  const { prisma } = await import("../lib/db/client");
  const { detectClaims } = await import("../lib/claims");
  const { searchDesk } = await import("../lib/search/search");
  const { searchQuerySchema } = await import("../lib/search/query");
  const { claimFingerprint, storeKeys } = await import("../lib/repeats/fingerprint-row");
  const { matchNewClaims } = await import("../lib/repeats/index-claims");
  const { queueMatching } = await import("../lib/repeats/match-job");
  const { detectedClaimRow } = await import("../lib/articles/detected-claim");

  const have = await prisma.claim.count();
  if (have < ARTICLES * 40) {
    const t0 = performance.now();
    // The desk is written as imports write it (claims with fingerprints, keys, full-text index by the
    // triggers/indexes) but without matching each article against the growing desk: that is measured below.
    for (let i = 0; i < ARTICLES; i++) {
      const body = articleBody(i);
      const detected = detectClaims(body);
      await prisma.$transaction(async (tx) => {
        const article = await tx.article.create({ data: { slug: `desk-${i}`, title: `Desk article ${i}: ${pick(NAMES)} ${pick(WORDS)}`, body, bodyHash: `desk-${i}-${body.length}` } });
        const fps = detected.map((c) => claimFingerprint(body, c));
        const rows = await tx.claim.createManyAndReturn({ data: detected.map((c, k) => ({ ...detectedClaimRow(article.id, c, "ACCEPTED"), matchFingerprint: JSON.stringify(fps[k]) })), select: { id: true } });
        await tx.claimMatchKey.createMany({ data: rows.flatMap((row, k) => storeKeys(row.id, fps[k])) });
      });
      if (i % 200 === 199) console.error(`  ${i + 1} articles, ${Math.round((performance.now() - t0) / 1000)} s`);
    }
  }
  const claims = await prisma.claim.count();
  const keys = await prisma.claimMatchKey.count();
  console.log(`Desk: ${claims} claims, ${keys} match-key rows (${PG ? "PostgreSQL" : "SQLite"}), ${new Date().toISOString()}`);

  // 1. Search.
  const queries = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? `${pick(WORDS)} ${pick(NAMES).replace(/^the /, "")}` : i % 3 === 1 ? pick(WORDS) : pick(NAMES).replace(/^the /, "")));
  for (const q of queries.slice(0, 20)) await searchDesk(searchQuerySchema.parse({ q }));
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await searchDesk(searchQuerySchema.parse({ q }));
    times.push(performance.now() - t);
  }
  console.log(`search (${queries.length} queries, limit 20, all types): p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);

  // 2. Matching and a 50-claim import. The import fingerprints its claims and queues the matching job in its
  //    own transaction (what it adds to the import); the job then matches them against the desk.
  const added: number[] = [];
  const runs: number[] = [];
  let found = 0;
  for (let r = 0; r < 7; r++) {
    const body = `Repeat ${r}\n\n` + (await prisma.claim.findMany({ take: 50, skip: (7919 * r) % Math.max(1, claims - 50), orderBy: { id: "asc" }, select: { quote: true } })).map((c) => `${c.quote}.`).join(" ");
    const detected = detectClaims(body).slice(0, 50);
    await prisma
      .$transaction(async (tx) => {
        const article = await tx.article.create({ data: { slug: `bench-repeat-${r}-${Date.now()}`, title: `Repeat ${r}`, body, bodyHash: `bench-${r}-${Date.now()}` } });
        let t = performance.now();
        const fps = detected.map((c) => claimFingerprint(body, c));
        const fingerprintMs = performance.now() - t;
        const rows = await tx.claim.createManyAndReturn({ data: detected.map((c, i) => ({ ...detectedClaimRow(article.id, c, "SUGGESTED"), matchFingerprint: JSON.stringify(fps[i]) })), select: { id: true } });
        t = performance.now();
        await queueMatching(tx, article.id, rows.map((row) => row.id), null);
        // What the import pays for matching: the fingerprints and the job row.
        added.push(fingerprintMs + performance.now() - t);
        t = performance.now();
        found += await matchNewClaims(tx, article.id, rows.map((row, i) => ({ id: row.id, fingerprint: fps[i] })));
        runs.push(performance.now() - t);
        throw new Error("rollback");
      }, { timeout: 60_000 })
      .catch((e: Error) => { if (e.message !== "rollback") throw e; });
  }
  console.log(`a 50-claim import: matching adds (fingerprints, the queued job) median ${pct(added, 50).toFixed(1)} ms, max ${Math.max(...added).toFixed(1)} ms`);
  console.log(`the matching job for those 50 claims (keys, candidates, scoring, writes; 7 runs): median ${pct(runs, 50).toFixed(0)} ms, max ${Math.max(...runs).toFixed(0)} ms; ${Math.round(found / runs.length)} matches per article`);
  await prisma.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
