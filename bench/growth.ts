// How cost grows with the work (not a timed test): `npm run bench:growth [-- --db postgresql]`.
// 1. Importing 10 KB, 100 KB, 1 MB and 2 MB articles, each in a fresh process (time and peak memory).
// 2. The dashboard's figures (recomputed, cache off) and a page of the claims API at 10k, 50k and 200k claims.
// 3. A date-range corrections report (JSON) over about 1k, 10k and 50k claims.
// Measured in-process, through the same lib/ functions the routes call: what the database and our code cost,
// without HTTP and page rendering (bench:pages measures those).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { benchDatabase } from "./database";
import { runTool, bin } from "../scripts/run-bin";

const args = process.argv.slice(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

/** News-like text of the given size: the seed article and the benchmark's articles, years varied. */
function newsText(bytes: number): string {
  const fixtures = path.resolve("bench", "fixtures");
  const seedDir = path.resolve("prisma", "fixtures");
  const parts = [fs.readFileSync(path.join(seedDir, fs.readdirSync(seedDir).find((f) => f.endsWith(".txt"))!), "utf8")];
  for (const f of fs.readdirSync(fixtures).filter((f) => f.endsWith(".txt"))) parts.push(fs.readFileSync(path.join(fixtures, f), "utf8"));
  const out: string[] = [];
  for (let n = 0, size = 0; size < bytes; n++) {
    const text = parts[n % parts.length].replace(/\b(19|20)\d\d\b/g, (y) => String(1950 + ((Number(y) + n) % 75)));
    out.push(text);
    size += text.length + 2;
  }
  return out.join("\n\n").slice(0, bytes);
}

/** One import in this process (spawned per size, so peak memory is this import's alone). */
async function oneImport(bytes: number) {
  const { enqueueImport, isLargeImport } = await import("../lib/import/import-job");
  const { importArticle } = await import("../lib/import/import-article");
  const { leaseQueuedJob } = await import("../lib/jobs/lease");
  const { runLeasedJob } = await import("../lib/jobs/run");
  const { prisma } = await import("../lib/db/client");
  const request = { title: `Growth ${bytes} ${Date.now()}`, body: newsText(bytes) };
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  let claims: number;
  if (isLargeImport(request)) {
    const job = await enqueueImport(request, null);
    await runLeasedJob((await leaseQueuedJob(job.id, "growth"))!, "growth");
    const done = await prisma.job.findUniqueOrThrow({ where: { id: job.id } });
    claims = JSON.parse(done.result ?? "{}").article?.claimCount ?? 0;
  } else claims = (await importArticle(request, null)).claimCount;
  const ms = performance.now() - started;
  const peakMb = (process.resourceUsage().maxRSS * 1024 - rssBefore) / 1e6;
  await prisma.$disconnect();
  console.log(JSON.stringify({ bytes, claims, ms, peakMb }));
}

async function main() {
  if (args[0] === "--one-import") return oneImport(Number(args[1]));
  const db = await benchDatabase("growth", { fresh: true });
  try {
    runTool("prisma", ["migrate", "deploy"], { ...process.env, DATABASE_URL: db.url });
    const env = { ...process.env, DATABASE_URL: db.url };
    const date = new Date().toISOString().slice(0, 10);
    console.log(`Growth, ${date}, ${db.describe}\n`);
    console.log("| article | claims | import time | peak memory above the process's start |\n| ---: | ---: | ---: | ---: |");
    for (const bytes of [10_000, 100_000, 1_000_000, 2_000_000]) {
      const run = spawnSync(bin("tsx"), ["bench/growth.ts", "--one-import", String(bytes)], { env, encoding: "utf8" });
      const line = run.stdout.trim().split("\n").at(-1) ?? "";
      if (run.status !== 0 || !line.startsWith("{")) throw new Error(`The ${bytes}-byte import failed: ${run.stderr}`);
      const r = JSON.parse(line) as { bytes: number; claims: number; ms: number; peakMb: number };
      console.log(`| ${(r.bytes / 1000).toLocaleString("en")} KB | ${r.claims.toLocaleString("en")} | ${(r.ms / 1000).toFixed(1)} s | ${r.peakMb.toFixed(0)} MB |`);
    }

    process.env.DATABASE_URL = db.url;
    process.env.CLAIMDESK_DASHBOARD_CACHE = "off";
    const { createUser, createManyArticles } = await import("../tests/factories");
    const { prisma } = await import("../lib/db/client");
    const { loadDashboard } = await import("../lib/dashboard/summary");
    const { listClaimsTable } = await import("../lib/dashboard/list-claims");
    const { claimsQuerySchema } = await import("../lib/dashboard/claims-table");
    const { ALL_CLAIMS } = await import("../lib/dashboard/scope");
    const { loadReport } = await import("../lib/reports/load-report");
    const { renderReport } = await import("../lib/reports/render");
    const editor = await createUser("EDITOR", { email: `growth-editor-${Date.now()}@claimdesk.test` });
    const reviewers = [await createUser("REVIEWER"), await createUser("REVIEWER"), await createUser("REVIEWER")];
    const timed = async (work: () => Promise<unknown>, runs = 10) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await work();
        times.push(performance.now() - t);
      }
      return times;
    };

    console.log("\n| claims on the desk | dashboard figures, median / p95 | claims API page, median / p95 |\n| ---: | ---: | ---: |");
    let have = 0;
    const now = new Date();
    for (const target of [10_000, 50_000, 200_000]) {
      await createManyArticles({ articles: (target - have) / 50, claimsPerArticle: 50, reviewers, editor, now, seed: target });
      have = target;
      await prisma.$executeRawUnsafe("ANALYZE");
      const dash = await timed(() => loadDashboard(editor, { now }));
      const api = await timed(() => listClaimsTable(ALL_CLAIMS, editor.id, claimsQuerySchema.parse({ state: "IN_REVIEW" })));
      console.log(`| ${target.toLocaleString("en")} | ${median(dash).toFixed(0)} / ${p95(dash).toFixed(0)} ms | ${median(api).toFixed(0)} / ${p95(api).toFixed(0)} ms |`);
    }

    // Articles are an hour apart (the factories), so a range of days covers about 1,200 claims a day.
    console.log("\n| claims in the report's range | corrections in it | load + render JSON | output |\n| ---: | ---: | ---: | ---: |");
    const newest = await prisma.article.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    for (const days of [1, 9, 42]) {
      const from = new Date(newest.createdAt.getTime() - days * 86_400_000);
      const range = { from: from.toISOString().slice(0, 10), to: newest.createdAt.toISOString().slice(0, 10) };
      const inRange = await prisma.claim.count({ where: { article: { createdAt: { gte: new Date(`${range.from}T00:00:00Z`) } } } });
      const t = performance.now();
      const report = await loadReport({ range }, { appUrl: "https://desk.example" });
      const { body } = await renderReport(report, "json");
      const ms = performance.now() - t;
      const corrections = report.articles.reduce((n, a) => n + a.corrections.length, 0);
      console.log(`| ${inRange.toLocaleString("en")} | ${corrections.toLocaleString("en")} | ${(ms / 1000).toFixed(2)} s | ${(body.length / 1e6).toFixed(1)} MB |`);
    }
    await prisma.$disconnect();
  } finally {
    db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
