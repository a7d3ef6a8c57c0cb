import fs from "node:fs";
import Database from "better-sqlite3";
import { runTool } from "../scripts/run-bin";

export const BENCH_ARTICLES = 1000;
export const BENCH_CLAIMS_PER_ARTICLE = 50;
export const BENCH_PASSWORD = "test-password"; // what tests/factories.ts gives every user it makes
export const BENCH_EDITOR = "bench-editor@claimdesk.test";

/**
 * Builds the benchmark's own database from scratch: migrations, then 1,000 articles × 50 claims
 * with citations, flags and history through the same factories the tests use.
 */
export async function buildBenchDatabase(file: string): Promise<{ slug: string }> {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const url = `file:${file}`;
  runTool("prisma", ["migrate", "deploy"], { ...process.env, DATABASE_URL: url });
  // The Prisma client reads DATABASE_URL when it is first imported, so the factories come after.
  process.env.DATABASE_URL = url;
  const { createUser, createManyArticles } = await import("../tests/factories");
  const { prisma } = await import("../lib/db/client");
  const started = Date.now();
  const editor = await createUser("EDITOR", { email: BENCH_EDITOR, name: "Bench Editor" });
  const reviewers = [];
  for (let i = 0; i < 10; i++) reviewers.push(await createUser("REVIEWER", { email: `bench-reviewer-${i}@claimdesk.test`, name: `Reviewer ${String(i).padStart(2, "0")}` }));
  const { slugs, counts } = await createManyArticles({ articles: BENCH_ARTICLES, claimsPerArticle: BENCH_CLAIMS_PER_ARTICLE, reviewers, editor, seed: 2026 });
  await prisma.$disconnect();
  // Fold the WAL into the file and refresh the planner's statistics, as a long-running database would have them.
  const db = new Database(file);
  db.exec("ANALYZE");
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  console.log(`Built ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
  return { slug: slugs[0] };
}

/** The first article's slug of an existing benchmark database (for --reuse-db). */
export function firstBenchSlug(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare(`SELECT "slug" FROM "Article" ORDER BY "createdAt" ASC LIMIT 1`).get() as { slug: string } | undefined;
    if (!row) throw new Error(`${file} has no articles: run without --reuse-db to build it.`);
    return row.slug;
  } finally {
    db.close();
  }
}
