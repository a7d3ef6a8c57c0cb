import pg from "pg";
import { pgFieldsFromUrl } from "@/lib/db/pg-config";
import { withDatabase } from "../../../scripts/pg/cluster";

export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("The PostgreSQL browser tests need TEST_DATABASE_URL (a PostgreSQL server URL; `npm test` starts one itself).");
  return url;
}

/** Drops and recreates the named database on the test server, empty; returns its URL. */
export async function freshE2eDatabase(name: string): Promise<string> {
  const server = testServerUrl();
  const client = new pg.Client(pgFieldsFromUrl(server));
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return withDatabase(server, name);
}

/** Ids of every comment in a test database (read with pg: Playwright's loader cannot load Prisma's generated client). */
export async function commentIds(url: string): Promise<Set<string>> {
  const client = new pg.Client(pgFieldsFromUrl(url));
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Comment"`);
    return new Set(rows.map((r) => r.id));
  } finally {
    await client.end();
  }
}
