import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { sqliteFilePath } from "./url";

/** Concurrent writers wait this long for the lock instead of failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 10_000;

/**
 * Prisma's better-sqlite3 adapter for a SQLite URL. The folder is created so a fresh clone needs
 * no set-up; WAL mode itself is persistent in the file and is switched on by `ensureDurableSqlite`.
 */
export function sqliteAdapterFactory(url: string): PrismaBetterSQLite3 {
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return new PrismaBetterSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS });
}
