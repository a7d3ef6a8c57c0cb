import Database from "better-sqlite3";
import { databaseUrl, sqliteFilePath } from "@/lib/db/url";
import { runTool } from "./run-bin";

/** True when the database has no users and no articles yet: only then is the demo seeded. */
export function databaseIsEmpty(url: string = databaseUrl()): boolean {
  const db = new Database(sqliteFilePath(url), { readonly: true });
  try {
    const users = db.prepare(`SELECT COUNT(*) AS n FROM "User"`).get() as { n: number };
    const articles = db.prepare(`SELECT COUNT(*) AS n FROM "Article"`).get() as { n: number };
    return users.n === 0 && articles.n === 0;
  } finally {
    db.close();
  }
}

/**
 * Applies pending migrations, then seeds the demo into an empty database — unless CLAIMDESK_DEMO=off,
 * as a real deployment sets so that no demo account with a known password ever exists there.
 */
export function prepareDatabase(): void {
  const env = { ...process.env, DATABASE_URL: databaseUrl() };
  runTool("prisma", ["migrate", "deploy"], env);
  if (process.env.CLAIMDESK_DEMO !== "off" && databaseIsEmpty(env.DATABASE_URL)) runTool("tsx", ["prisma/seed.ts"], env);
}

if (require.main === module) prepareDatabase();
