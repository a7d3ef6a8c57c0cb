import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/url";
import { providerOf } from "@/lib/db/provider";
import { pgFieldsFromUrl } from "@/lib/db/pg-config";
import { queueFingerprintBackfill } from "@/lib/repeats/backfill";
import { runTool } from "./run-bin";

/** True when the database has no users and no articles yet: only then is the demo seeded. */
export async function databaseIsEmpty(url: string = databaseUrl()): Promise<boolean> {
  const db = createPrismaClient(url);
  try {
    const [users, articles] = await Promise.all([db.user.count(), db.article.count()]);
    return users === 0 && articles === 0;
  } finally {
    await db.$disconnect();
  }
}

// Any fixed number names the lock; every Claimdesk instance on the database uses this one.
const MIGRATION_LOCK = 7_240_1204;

/**
 * On PostgreSQL several instances may start at the same moment: each takes one session-level
 * advisory lock before migrating and seeding, so one migrates while the others wait and then find
 * nothing left to do. (SQLite serves one machine, where `npm start` is the only starter.)
 */
async function withMigrationLock(url: string, work: () => Promise<void>): Promise<void> {
  if (providerOf(url) !== "postgresql") return work();
  const client = new pg.Client(pgFieldsFromUrl(url));
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** Claims saved before repeated claims existed get their fingerprints from a job a worker runs. */
async function queueBackfills(url: string): Promise<void> {
  const db = createPrismaClient(url);
  try {
    if (await queueFingerprintBackfill(db)) console.log("Earlier claims will be fingerprinted for repeated claims by the job worker.");
  } finally {
    await db.$disconnect();
  }
}

/**
 * Applies pending migrations, then seeds the demo into an empty database — unless CLAIMDESK_DEMO=off,
 * as a real deployment sets so that no demo account with a known password ever exists there.
 */
export async function prepareDatabase(): Promise<void> {
  const url = databaseUrl();
  const env = { ...process.env, DATABASE_URL: url };
  await withMigrationLock(url, async () => {
    runTool("prisma", ["migrate", "deploy"], env);
    if (process.env.CLAIMDESK_DEMO !== "off" && (await databaseIsEmpty(url))) runTool("tsx", ["prisma/seed.ts"], env);
    await queueBackfills(url);
  });
}

if (require.main === module) {
  prepareDatabase().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
