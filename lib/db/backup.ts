import { databaseUrl, sqliteFilePath } from "./url";
import { providerOf } from "./provider";
import { backupDatabase, restoreDatabase } from "./sqlite-backup";
import { backupPostgres, restorePostgres } from "./pg-backup";
import { raiseChangeCounterPast, readChangeCounter } from "./change-counter";

/** `db:backup`: SQLite's online backup API for a file, pg_dump (custom format) for PostgreSQL. */
export async function backupLiveDatabase(toFile: string, url: string = databaseUrl()): Promise<string> {
  if (providerOf(url) === "postgresql") {
    backupPostgres(url, toFile);
    return new URL(url).pathname.slice(1);
  }
  await backupDatabase(sqliteFilePath(url), toFile);
  return sqliteFilePath(url);
}

/** `db:restore`: the same tools the other way (stop writers first for a clean cut-over). */
export async function restoreLiveDatabase(fromFile: string, url: string = databaseUrl()): Promise<string> {
  // Servers still running keep pages under the count they saw; the restored count must not match any of them.
  const countBefore = await readChangeCounter(url);
  let restored: string;
  if (providerOf(url) === "postgresql") {
    restorePostgres(fromFile, url);
    restored = new URL(url).pathname.slice(1);
  } else {
    await restoreDatabase(fromFile, sqliteFilePath(url));
    restored = sqliteFilePath(url);
  }
  await raiseChangeCounterPast(url, countBefore);
  return restored;
}
