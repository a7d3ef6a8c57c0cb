import pg from "pg";
import { pgFieldsFromUrl } from "@/lib/db/pg-config";

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates a database on a PostgreSQL server (dropping one of that name first with `replace`). */
export async function createDatabaseOnServer(serverUrl: string, name: string, { replace = false } = {}): Promise<void> {
  const client = new pg.Client(pgFieldsFromUrl(serverUrl));
  await client.connect();
  try {
    if (replace) await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quote(name)}`);
  } finally {
    await client.end();
  }
}
