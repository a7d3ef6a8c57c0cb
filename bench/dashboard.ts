// Dashboard benchmark (not a timed test): `npm run bench:dashboard [-- --reuse-db] [--seconds N]`.
// Builds bench/.tmp/dashboard.db (1,000 articles × 50 claims through the tests' factories), builds
// the production server into .next-bench when the sources changed, starts it on a free port, signs
// in as an editor and drives each route with autocannon at 16 connections: the dashboard page, the
// claims API with a filter, one article's report in each format, and /api/health as the trivial
// route (the framework's own ceiling on this machine). Prints p50, p95 and req/s and writes them,
// dated, into the README's Performance section.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfStale } from "../scripts/build-if-stale";
import { BENCH_ARTICLES, BENCH_CLAIMS_PER_ARTICLE, BENCH_EDITOR, BENCH_PASSWORD, buildBenchDatabase, firstBenchSlug } from "./dashboard-data";
import { loadRoute, warmUp, type LoadFigures } from "./load";
import { freePort, signIn, startApp } from "./server";
import { benchDatabase, type BenchDatabase } from "./database";
import { figuresTable, POSTGRES_HEADING, writePerformanceSection } from "./readme-figures";
import { workerCount } from "../scripts/cluster";

const ROOT = path.resolve(__dirname, "..");
const TMP = path.join(ROOT, "bench", ".tmp");
const DIST = ".next-bench";
const CONNECTIONS = 16;
const REPORT_FORMATS = ["md", "html", "csv", "json", "pdf", "jsonld", "w3c"];

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf("--seconds") + 1]) > 0 && args.includes("--seconds") ? Number(args[args.indexOf("--seconds") + 1]) : 10;

type Route = { name: string; path: string; auth: boolean };

/** Starts a server with `extraEnv`, signs in, and drives each route: warm-up, then the measured run. */
async function measure(db: BenchDatabase, slug: string, extraEnv: Record<string, string>, notes: string[], withReports: boolean): Promise<LoadFigures[]> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startApp(port, {
    ...process.env,
    ...extraEnv,
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST,
    DATABASE_URL: db.url,
    CLAIMDESK_DATA_DIR: TMP,
    NEXTAUTH_SECRET: "claimdesk-bench-secret-not-for-production",
    NEXTAUTH_URL: base,
  }, db.instances);
  const rows: LoadFigures[] = [];
  try {
    const cookie = await signIn(base, BENCH_EDITOR, BENCH_PASSWORD);
    const routes: Route[] = [
      { name: "`GET /api/health` (trivial route)", path: "/api/health", auth: false },
      // The framework's ceiling for a page: the smallest page there is (no data, no session).
      { name: "`GET /login` (lightest page, anonymous)", path: "/login", auth: false },
      { name: "`GET /dashboard` (page, editor)", path: "/dashboard", auth: true },
      { name: "`GET /dashboard/claims?flags=open` (claims table page)", path: "/dashboard/claims?flags=open", auth: true },
      { name: "`GET /api/claims?state=IN_REVIEW`", path: "/api/claims?state=IN_REVIEW", auth: true },
    ];
    if (withReports) {
      const probe = await fetch(`${base}/api/articles/${slug}/report?format=md`, { headers: { cookie } });
      if (probe.ok) for (const f of REPORT_FORMATS) routes.push({ name: `\`GET /api/articles/{slug}/report?format=${f}\``, path: `/api/articles/${slug}/report?format=${f}`, auth: true });
      else notes.push(`The report route answered ${probe.status}; report formats were not measured.`);
    }
    for (const route of routes) {
      const url = base + route.path;
      const auth = route.auth ? cookie : undefined;
      await warmUp(url, auth);
      const figures = await loadRoute(route.name, url, { connections: CONNECTIONS, seconds, cookie: auth });
      if (figures.errors > 0) notes.push(`${route.name}: ${figures.errors} responses were errors and are left out of the figures.`);
      rows.push(figures);
      console.log(`${route.name}${extraEnv.CLAIMDESK_DASHBOARD_CACHE ? " (cache off)" : ""}: p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, ${figures.rps.toFixed(0)} req/s`);
    }
  } finally {
    await server.stop();
  }
  return rows;
}

async function main() {
  fs.mkdirSync(TMP, { recursive: true });
  // Other work on the machine shows in every figure: the load average is written down beside them.
  const load = os.loadavg()[0].toFixed(1);
  const db = await benchDatabase("dashboard", { fresh: !args.includes("--reuse-db") });
  try {
    await run(db, load);
  } finally {
    db.close();
  }
}

async function run(db: BenchDatabase, load: string) {
  const slug = (args.includes("--reuse-db") && (await firstBenchSlug(db.url))) || (await buildBenchDatabase(db.url)).slug;

  process.env.NEXT_DIST_DIR = DIST;
  buildIfStale();
  const notes: string[] = [];
  const rows = await measure(db, slug, {}, notes, true);
  // The same two routes with the figures cache off: what every request costs right after a change.
  const uncached = await measure(db, slug, { CLAIMDESK_DASHBOARD_CACHE: "off" }, notes, false);
  rows.push(...uncached.filter((r) => !r.route.includes("/api/health") && !r.route.includes("/login")).map((r) => ({ ...r, route: `${r.route}, cache off` })));

  const trivial = rows[0].rps;
  const table = figuresTable(rows, trivial);
  const date = new Date().toISOString().slice(0, 10);
  const checked = rows.filter((r) => (r.route.includes("/dashboard") || r.route.includes("/api/claims")) && !r.route.endsWith("cache off"));
  const lightestPage = rows.find((r) => r.route.includes("/login"))?.rps ?? NaN;
  const isPage = (r: LoadFigures) => !r.route.includes("/api/");
  const verdicts = checked.map(
    (r) =>
      `${r.route}: p95 ${r.p95 <= 100 ? "≤" : ">"} 100 ms, ${r.rps >= trivial / 2 ? "≥" : "<"} half the trivial route's req/s` +
      (isPage(r) ? ` (${Math.round((r.rps / lightestPage) * 100)}% of the lightest page's)` : ""),
  );
  console.log(`\n${table}\n\n${verdicts.join("\n")}\n${notes.join("\n")}`);
  if (db.provider === "postgresql") {
    writePerformanceSection(
      path.join(ROOT, "README.md"),
      [
        `Measured ${date} with \`npm run bench:dashboard -- --db postgresql\`: the same data, routes and load as above, on ${db.describe} (the same two server processes as the SQLite run, on the same 2-core machine, which also runs PostgreSQL here; load average ${load} when it started).`,
        table,
        [...verdicts, ...notes].map((line) => `- ${line}`).join("\n"),
      ].join("\n\n"),
      POSTGRES_HEADING,
    );
    console.log("README.md: PostgreSQL performance subsection updated.");
    return;
  }
  writePerformanceSection(
    path.join(ROOT, "README.md"),
    [
      `Measured ${date} with \`npm run bench:dashboard\`: ${BENCH_ARTICLES.toLocaleString("en")} articles × ${BENCH_CLAIMS_PER_ARTICLE} claims (with citations, flags and history) in SQLite, the production server as \`npm start\` runs it (\`scripts/cluster.ts\`: one \`next start\` per core, ${workerCount()} here), autocannon at ${CONNECTIONS} connections for ${seconds} s per route after a 2 s warm-up, signed in as an editor, on this project's ${os.cpus().length}-core machine (load average ${load} when it started). Targets: p95 ≤ 100 ms for the dashboard and the claims API, and at least half the trivial route's throughput.`,
      "The dashboard's figures and claims-table pages are cached in memory and checked against the data on every request (the newest history entry, article, flag and user update: `lib/dashboard/cache.ts`), so they are never stale; the rows marked *cache off* recompute everything on every request, which is what the first request after each change costs.",
      table,
      [...verdicts, ...notes].map((line) => `- ${line}`).join("\n"),
      "Where the time goes: the claims API meets both targets. A page does not, and cannot here: the lightest page there is (the login form, 9 KB, no database, no session) reaches only about half of the trivial route's throughput, because Next.js renders every page twice (React's payload, then HTML from it) on top of the request pipeline. With the cache warm, the dashboard's data costs one indexed stamp query; the rest is rendering. What was done about it (2026-11-30): the claims table moved to its own page; the dashboard's sections and the table's rows render on the client from the figures, so the page carries the numbers once instead of every cell twice (dashboard 267 KB → 86 KB, claims table page 74 KB → 52 KB); the chart axes are drawn as a few SVG elements instead of visx's nested groups; and the server runs a process per core. The dashboard went from 18 req/s (p95 1,086 ms) at the start of that day to 91 req/s (p95 247 ms) at its end; the rest of its gain since came with the pages' round (issue #13, above). *Cache off* is what a busy desk sees right after each change: about 150 ms of aggregate queries over 50,000 claims per recomputation, once per change and server process.",
    ].join("\n\n"),
  );
  console.log("README.md: Performance section updated.");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
