import fs from "node:fs";
import path from "node:path";
import type { Database } from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { sqliteFilePath } from "./url";
import { cachedPrepare } from "./statement-cache";
import { SqliteWriteLock } from "./sqlite-write-lock";
import { rememberConnected, type RememberingFactory } from "./direct-reads";

/** Concurrent writers wait this long for the lock instead of failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 10_000;

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** A first-come, first-served lock: `acquire` resolves with the function that lets the next one in. */
class Turnstile {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => done);
    return ready;
  }
}

/** Statements that manage the connection or its transaction itself: run as they are, never inside one of ours. */
const CONTROL = /^\s*(PRAGMA|BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|VACUUM|ATTACH|DETACH)\b/i;

/** The BEGIN the adapter runs when a transaction of ours has already begun (see `startTransaction` below). */
const BEGUN = { run: () => ({ changes: 0, lastInsertRowid: 0 }) };

/**
 * Prisma's better-sqlite3 adapter, made safe for concurrent requests and for several processes:
 *
 * - One process has one connection, and the adapter runs a plain query on it even while another
 *   request's interactive transaction is open, so the query joined that transaction: when it rolled
 *   back (a 409, say), a write already acknowledged to someone else vanished with it. Here plain
 *   queries wait for an open transaction to end, and transactions for each other.
 * - The adapter opens transactions with a deferred BEGIN: one that reads, then writes after another
 *   process committed, fails at once with SQLITE_BUSY_SNAPSHOT (`npm start` runs a process per
 *   core). Each transaction begins IMMEDIATE instead, and waits for the write lock without stopping the process
 *   (lib/db/sqlite-write-lock.ts); so does a plain write, run in a transaction of its own.
 * - The adapter prepares every statement afresh; here a statement is prepared once and reused.
 *
 * Code inside a transaction must therefore use the transaction's client, never `prisma` itself
 * (it would wait for its own transaction); every transaction in lib/ does.
 */
class SerializedSQLite3 extends PrismaBetterSQLite3 implements RememberingFactory {
  /** The adapter connected, with the waits below: lib/db/direct-reads.ts reads through it. */
  connected?: Adapter;

  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    // The adapter keeps its better-sqlite3 handle as `client`; its transactions start with prepare("BEGIN").
    const client = (adapter as unknown as { client: Database }).client;
    const lock = new SqliteWriteLock(client, BUSY_TIMEOUT_MS);
    const [commitStatement, rollbackStatement] = [client.prepare("COMMIT"), client.prepare("ROLLBACK")];
    const prepare = cachedPrepare(client);
    // Our transactions have begun (IMMEDIATE) before the adapter's startTransaction runs its BEGIN.
    client.prepare = ((source: string) => (source === "BEGIN" ? BEGUN : prepare(source))) as unknown as Database["prepare"];
    // SQLite's LOWER folds ASCII only; PostgreSQL's folds all of Unicode. The same function,
    // JavaScript's, makes case-insensitive search behave the same on both ("ÉTAT" finds "état").
    client.function("lower", { deterministic: true }, (text: unknown) => (typeof text === "string" ? text.toLowerCase() : text) as string | null);

    // Transactions (and plain writes) queue here for their turn at the write lock; reads only wait for an open one.
    const transactions = new Turnstile();
    /** Waits for this connection's turn and then for the write lock; resolves with the function that ends the turn. */
    const takeWriteTurn = async (): Promise<() => void> => {
      const release = await transactions.acquire();
      try {
        await lock.begin();
      } catch (error) {
        release();
        throw error;
      }
      return () => {
        lock.end();
        release();
      };
    };

    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const finish = await takeWriteTurn();
      let tx: Transaction;
      try {
        tx = await startTransaction(isolationLevel);
      } catch (error) {
        if (client.inTransaction) rollbackStatement.run();
        finish();
        throw error;
      }
      const commit = tx.commit.bind(tx);
      const rollback = tx.rollback.bind(tx);
      // A transaction still open when its turn ends (its COMMIT or ROLLBACK failed) is rolled back here: the next
      // BEGIN on this one connection would fail, and reads would join it.
      const endTurn = () => {
        try {
          if (client.inTransaction) rollbackStatement.run();
        } finally {
          finish();
        }
      };
      tx.commit = () => commit().finally(endTurn);
      tx.rollback = () => rollback().finally(endTurn);
      return tx;
    };

    type Query = Parameters<Adapter["queryRaw"]>[0];
    const inOwnTransaction = async <T>(run: () => Promise<T>): Promise<T> => {
      const finish = await takeWriteTurn();
      try {
        const result = await run();
        commitStatement.run();
        return result;
      } catch (error) {
        if (client.inTransaction) rollbackStatement.run();
        throw error;
      } finally {
        finish();
      }
    };

    // SQL that does not prepare counts as a read: the adapter's own run then fails with its usual error.
    const writes = (sql: string) => {
      try {
        return !CONTROL.test(sql) && !prepare(sql).readonly;
      } catch {
        return false;
      }
    };
    for (const method of ["queryRaw", "executeRaw"] as const) {
      const run = (adapter[method] as (query: Query) => Promise<unknown>).bind(adapter);
      (adapter[method] as (query: Query) => Promise<unknown>) = (query: Query) =>
        writes(query.sql) ? inOwnTransaction(() => run(query)) : lock.outside(() => run(query));
    }
    // Scripts (migrations) wait for every transaction, as they may hold their own BEGIN and COMMIT.
    const executeScript = adapter.executeScript.bind(adapter);
    adapter.executeScript = async (script) => {
      const release = await transactions.acquire();
      try {
        return await lock.outside(() => executeScript(script));
      } finally {
        release();
      }
    };
    return rememberConnected(this, adapter);
  }
}

/**
 * Prisma's better-sqlite3 adapter for a SQLite URL. The folder is created so a fresh clone needs
 * no set-up; WAL mode itself is persistent in the file and is switched on by `ensureDurableSqlite`.
 */
export function sqliteAdapterFactory(url: string): PrismaBetterSQLite3 & RememberingFactory {
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return new SerializedSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS });
}
