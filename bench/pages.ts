// Page benchmark (not a timed test): `npm run bench:pages [-- --db postgresql] [--claims N] [--seconds N]`.
// Builds a desk of N claims (default 10,000: articles of 50 claims through the tests' factories), starts the
// production server as `npm start` runs it (two instances behind a balancer on PostgreSQL), signs in as an
// editor and drives each page with autocannon at 16 connections, the trivial /api/health route in the same run
// as the yardstick. Then it measures a reading page, the claims API and a comment, all at once, while a 2 MB import
// runs as a job, against the same three idle.
// The routes are measured twice: first with CLAIMDESK_PAGE_CACHE=off, every visit rendered, as the first visit after
// any change to the desk is; then as served (a reading page is kept per session while nothing changed).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfStale } from "../scripts/build-if-stale";
import { BENCH_EDITOR, BENCH_PASSWORD } from "./dashboard-data";
import { loadRoute, warmUp, type LoadFigures } from "./load";
import { freePort, signIn, startApp } from "./server";
import { benchDatabase } from "./database";
import { runTool } from "../scripts/run-bin";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) && Number(args[args.indexOf(name) + 1]) > 0 ? Number(args[args.indexOf(name) + 1]) : fallback);
const CLAIMS = option("--claims", 10_000);
const SECONDS = option("--seconds", 10);
const CONNECTIONS = 16;
const DIST = ".next-bench";

/** A 2 MB news-like text (the seed article and the benchmark's invented articles, years varied so no two paragraphs repeat). */
function twoMegabytes(): string {
  const parts = [fs.readFileSync(path.resolve("prisma", "fixtures", fs.readdirSync(path.resolve("prisma", "fixtures")).find((f) => f.endsWith(".txt"))!), "utf8")];
  for (const f of fs.readdirSync(path.resolve("bench", "fixtures")).filter((f) => f.endsWith(".txt"))) parts.push(fs.readFileSync(path.resolve("bench", "fixtures", f), "utf8"));
  const out: string[] = [];
  for (let n = 0, size = 0; size < 2_000_000; n++) {
    const text = parts[n % parts.length].replace(/\b(19|20)\d\d\b/g, (y) => String(1950 + ((Number(y) + n) % 75)));
    out.push(text);
    size += text.length + 2;
  }
  return out.join("\n\n").slice(0, 2_000_000);
}

const table = (rows: LoadFigures[], trivial: number) =>
  [
    "| route | p50 (ms) | p95 (ms) | p97.5 (ms) | req/s | vs trivial route |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((r) => `| ${r.route} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p975.toFixed(0)} | ${r.rps.toFixed(0)} | ${((100 * r.rps) / trivial).toFixed(0)}% |`),
  ].join("\n");

async function main() {
  const load = os.loadavg()[0].toFixed(1);
  const db = await benchDatabase("pages", { fresh: true });
  try {
    runTool("prisma", ["migrate", "deploy"], { ...process.env, DATABASE_URL: db.url });
    process.env.DATABASE_URL = db.url;
    const { createUser, createManyArticles } = await import("../tests/factories");
    const { prisma } = await import("../lib/db/client");
    const editor = await createUser("EDITOR", { email: BENCH_EDITOR, name: "Bench Editor" });
    const reviewers = [];
    for (let i = 0; i < 10; i++) reviewers.push(await createUser("REVIEWER", { email: `bench-reviewer-${i}@claimdesk.test`, name: `Reviewer ${i}` }));
    const { slugs } = await createManyArticles({ articles: Math.ceil(CLAIMS / 50), claimsPerArticle: 50, reviewers, editor, seed: 2026 });
    await prisma.$executeRawUnsafe("ANALYZE");
    const article = await prisma.article.findUniqueOrThrow({ where: { slug: slugs[0] }, select: { id: true, claims: { select: { id: true }, take: 1 } } });
    await prisma.$disconnect();

    process.env.NEXT_DIST_DIR = DIST;
    process.env.NEXTAUTH_SECRET = "claimdesk-bench-secret-not-for-production";
    buildIfStale();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: DIST, DATABASE_URL: db.url, CLAIMDESK_DATA_DIR: path.resolve("bench", ".tmp"), NEXTAUTH_URL: base };
    const routes = [
      { name: "`GET /api/health` (trivial route)", path: "/api/health", auth: false },
      { name: "`GET /articles/{slug}` (article page)", path: `/articles/${slugs[0]}`, auth: true },
      { name: "`GET /claims/{id}` (claim page)", path: `/claims/${article.claims[0].id}`, auth: true },
      { name: "`GET /dashboard`", path: "/dashboard", auth: true },
      { name: "`GET /dashboard/claims?flags=open` (claims table)", path: "/dashboard/claims?flags=open", auth: true },
      { name: "`GET /api/claims?state=IN_REVIEW`", path: "/api/claims?state=IN_REVIEW", auth: true },
      // No data and one small form: what rendering any page costs before its own content (no target; for the README).
      { name: "`GET /login` (smallest page)", path: "/login", auth: false },
    ];
    const measure = async (cookie: string, label: string) => {
      const rows: LoadFigures[] = [];
      for (const route of routes) {
        const auth = route.auth ? cookie : undefined;
        await warmUp(base + route.path, auth);
        const figures = await loadRoute(route.name, base + route.path, { connections: CONNECTIONS, seconds: SECONDS, cookie: auth });
        rows.push(figures);
        console.log(`${route.name}: p50 ${figures.p50.toFixed(0)} ms, p97.5 ${figures.p975.toFixed(0)} ms, ${figures.rps.toFixed(0)} req/s${figures.errors ? `, ${figures.errors} errors` : ""}`);
      }
      const date = new Date().toISOString().slice(0, 10);
      console.log(`\n${label}, ${date}, ${CLAIMS.toLocaleString("en")} claims, ${db.describe}, load average ${os.loadavg()[0].toFixed(1)} at the end (${load} when the benchmark started):\n\n${table(rows, rows[0].rps)}\n`);
    };

    // First with every visit rendered: measured before the import, whose follow-up matching job would take a core.
    const rendering = await startApp(port, { ...env, CLAIMDESK_PAGE_CACHE: "off" }, db.instances);
    try {
      await measure(await signIn(base, BENCH_EDITOR, BENCH_PASSWORD), "Every visit rendered (CLAIMDESK_PAGE_CACHE=off: what the first visit after a change costs)");
    } finally {
      await rendering.stop();
    }

    const app = await startApp(port, env, db.instances);
    try {
      const cookie = await signIn(base, BENCH_EDITOR, BENCH_PASSWORD);
      await measure(cookie, "As served (a reading page opened again while nothing changed is answered from memory)");

      // While a 2 MB import runs as a job: a person reading, the claims API and a person commenting, at once, as
      // at a desk (a comment is a write, and waits for the import's steps on SQLite's one write lock).
      const during = [
        { name: routes[1].name, url: base + routes[1].path },
        { name: routes[5].name, url: base + routes[5].path },
        { name: "`POST /api/claims/{id}/comments` (a comment)", url: `${base}/api/claims/${article.claims[0].id}/comments`, method: "POST" as const, json: { body: "A comment while an article is imported." } },
      ];
      const measureDuring = (label: string) => Promise.all(during.map((route) => loadRoute(`${route.name}, ${label}`, route.url, { ...route, connections: 2, seconds: 10, cookie })));
      const idle = await measureDuring("idle");
      const started = Date.now();
      const queued = await fetch(`${base}/api/articles`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ title: `Two megabytes ${Date.now()}`, body: twoMegabytes() }) });
      const { job } = (await queued.json()) as { job: { id: string } };
      const busy = await measureDuring("during the import");
      let state = "";
      while (!["DONE", "FAILED", "CANCELLED"].includes(state)) {
        state = ((await (await fetch(`${base}/api/jobs/${job.id}`, { headers: { cookie } })).json()) as { job: { state: string } }).job.state;
        await new Promise((r) => setTimeout(r, 250));
      }
      console.log(`The 2 MB import ran as job ${job.id}: ${state} after ${((Date.now() - started) / 1000).toFixed(1)} s (the measurements above ran during its first 10 s).`);
      for (let i = 0; i < during.length; i++) {
        const errors = busy[i].errors ? `, ${busy[i].errors} errors` : "";
        console.log(`${during[i].name}: p95 idle ${idle[i].p95.toFixed(0)} ms, during the import ${busy[i].p95.toFixed(0)} ms (${(busy[i].p95 / idle[i].p95).toFixed(1)}×${errors})`);
      }
    } finally {
      await app.stop();
    }
  } finally {
    db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
