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
  // The same routes with the figures cache and the kept pages off: what every request costs right after a change
  // (with the kept pages on, the pages would still be answered from memory and the rows would measure nothing).
  const uncached = await measure(db, slug, { CLAIMDESK_DASHBOARD_CACHE: "off", CLAIMDESK_PAGE_CACHE: "off" }, notes, false);
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
      "The dashboard's figures and claims-table pages are cached in memory and checked against the data on every request (the newest history entry, article, flag and user update: `lib/dashboard/cache.ts`), so they are never stale, and a reading page opened again while nothing changed is answered from memory (kept pages: Architecture notes). The rows marked *cache off* turn both off: every request renders its page and recomputes its figures, which is what the first request after each change costs.",
      table,
      [...verdicts, ...notes].map((line) => `- ${line}`).join("\n"),
      "Where the time goes: as served, the dashboard and the claims table are answered from memory while the data is unchanged, and the claims API reads one page through an index. *Cache off*, each request pays its page's render (bench:pages above: a rendered page costs about twice the trivial route before it shows anything of its own, the login form being the floor) and the figures' aggregate queries over 50,000 claims, which a busy desk pays once per change and server process. Since 2026-11-30 the dashboard's sections and the table's rows render on the client from compact figures (dashboard 267 KB → 86 KB), the claims table has its own page, and the server runs a process per core; issue #13's rounds did the rest (docs/performance-history.md).",
    ].join("\n\n"),
  );
  console.log("README.md: Performance section updated.");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
