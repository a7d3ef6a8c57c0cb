import fs from "node:fs";
import path from "node:path";
import type { Database } from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { sqliteFilePath } from "./url";

/** Concurrent writers wait this long for the lock instead of failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 10_000;

/**
 * Prisma's better-sqlite3 adapter, with every transaction taking the write lock when it begins.
 * The adapter opens transactions with a plain (deferred) BEGIN: a transaction that reads, then
 * writes after another process has committed, fails at once with SQLITE_BUSY_SNAPSHOT — its
 * snapshot is stale and waiting cannot help. `npm start` runs a server process per core on the
 * same file, so each transaction begins IMMEDIATE instead and waits its turn (the busy timeout).
 */
class ImmediateTransactionsSQLite3 extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    // The adapter keeps its better-sqlite3 handle as `client`; its transactions start with prepare("BEGIN").
    const client = (adapter as unknown as { client: Database }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = ((source: string) => prepare(source === "BEGIN" ? "BEGIN IMMEDIATE" : source)) as Database["prepare"];
    return adapter;
  }
}

/**
 * Prisma's better-sqlite3 adapter for a SQLite URL. The folder is created so a fresh clone needs
 * no set-up; WAL mode itself is persistent in the file and is switched on by `ensureDurableSqlite`.
 */
export function sqliteAdapterFactory(url: string): PrismaBetterSQLite3 {
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return new ImmediateTransactionsSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS });
}
