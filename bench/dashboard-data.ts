import Database from "better-sqlite3";
import { runTool } from "../scripts/run-bin";
import { providerOf } from "../lib/db/provider";
import { sqliteFilePath } from "../lib/db/url";

export const BENCH_ARTICLES = 1000;
export const BENCH_CLAIMS_PER_ARTICLE = 50;
export const BENCH_PASSWORD = "test-password"; // what tests/factories.ts gives every user it makes
export const BENCH_EDITOR = "bench-editor@claimdesk.test";

/**
 * Builds the benchmark's own database from scratch: migrations, then 1,000 articles × 50 claims
 * with citations, flags and history through the same factories the tests use.
 */
export async function buildBenchDatabase(url: string): Promise<{ slug: string }> {
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
  // Refresh the planner's statistics, as a long-running database would have them.
  await prisma.$executeRawUnsafe("ANALYZE");
  await prisma.$disconnect();
  if (providerOf(url) === "sqlite") {
    // Fold the WAL into the file.
    const db = new Database(sqliteFilePath(url));
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
  }
  console.log(`Built ${url} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
  return { slug: slugs[0] };
}

/** The first article's slug of an existing benchmark database (for --reuse-db), or null when it has none. */
export async function firstBenchSlug(url: string): Promise<string | null> {
  const { createPrismaClient } = await import("../lib/db/client");
  const db = createPrismaClient(url);
  try {
    const row = await db.article.findFirst({ orderBy: { createdAt: "asc" }, select: { slug: true } }).catch(() => null);
    return row?.slug ?? null;
  } finally {
    await db.$disconnect();
  }
}
