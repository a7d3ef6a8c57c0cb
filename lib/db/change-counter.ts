import Database from "better-sqlite3";
import pg from "pg";
import { providerOf } from "./provider";
import { sqliteFilePath } from "./url";
import { pgFieldsFromUrl } from "./pg-config";

// The ChangeCounter row (migration 20261205213000_change_counter) stamps the kept reading pages. A restore puts
// back the backup's count, which the running servers may already have used as a stamp: kept pages from before the
// restore would then look current. So a restore raises the count past both.

async function onDatabase<T>(url: string, sqlite: (db: Database.Database) => T, postgres: (client: pg.Client) => Promise<T>): Promise<T> {
  if (providerOf(url) === "postgresql") {
    const client = new pg.Client(pgFieldsFromUrl(url));
    await client.connect();
    try {
      return await postgres(client);
    } finally {
      await client.end();
    }
  }
  const db = new Database(sqliteFilePath(url), { fileMustExist: true });
  try {
    return sqlite(db);
  } finally {
    db.close();
  }
}

/** The count now, or null when the database has no counter (a backup from before it existed). */
export async function readChangeCounter(url: string): Promise<number | null> {
  try {
    return await onDatabase(
      url,
      (db) => (db.prepare(`SELECT "value" FROM "ChangeCounter" WHERE "id" = 1`).pluck().get() as number | undefined) ?? null,
      async (client) => {
        const { rows } = await client.query<{ value: string }>(`SELECT "value"::text AS value FROM "ChangeCounter" WHERE "id" = 1`);
        return rows[0] ? Number(rows[0].value) : null;
      },
    );
  } catch {
    return null;
  }
}

/** Raises the count past `before` and past its own value (a no-op when the database has no counter). */
export async function raiseChangeCounterPast(url: string, before: number | null): Promise<void> {
  const floor = before ?? 0;
  await onDatabase(
    url,
    (db) => {
      const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ChangeCounter'`).get();
      if (exists) db.prepare(`UPDATE "ChangeCounter" SET "value" = MAX("value", ?) + 1 WHERE "id" = 1`).run(floor);
    },
    async (client) => {
      const { rows } = await client.query(`SELECT to_regclass('"ChangeCounter"') IS NOT NULL AS exists`);
      if (rows[0]?.exists) await client.query(`UPDATE "ChangeCounter" SET "value" = GREATEST("value", $1) + 1 WHERE "id" = 1`, [floor]);
    },
  );
}
