import { setTimeout as sleep } from "node:timers/promises";
import { currentProvider } from "./provider";

/** The few calls on a better-sqlite3 handle this lock makes. */
export interface LockableDatabase {
  prepare(sql: string): { run(): unknown; get(): unknown };
}

/** How long to wait before trying the lock again: short at first, as most transactions here take a few ms. */
const RETRY_MS = [0, 1, 1, 2, 2, 3, 5];

const isBusy = (error: unknown) => (error as { code?: string })?.code?.startsWith("SQLITE_BUSY") ?? false;

/**
 * SQLite's write lock for one connection, taken without stopping the process.
 *
 * better-sqlite3 is synchronous: a `BEGIN IMMEDIATE` that meets another process's write transaction waits in
 * SQLite's busy handler, which sleeps on the main thread, so every other request of this process stopped with
 * it, while the lock's holder (a transaction awaiting its next query) may be busy with other pages. With fifty
 * reviewers writing, each server process spent 12% of its time asleep there (CPU profile, bench:load), and a
 * long transaction elsewhere (an import) stopped it for as long. Here `BEGIN IMMEDIATE` is tried with no busy
 * timeout and tried again after a short sleep, so the process serves reads and pages while it waits.
 *
 * While a transaction is open on the connection, `outside` holds back other queries: on one connection they
 * would join it, and vanish with it when it rolls back.
 */
export class SqliteWriteLock {
  #open: Promise<void> | null = null;
  #end: (() => void) | null = null;
  readonly #begin: { run(): unknown };
  readonly #noWait: { get(): unknown };
  readonly #wait: { get(): unknown };

  constructor(
    db: LockableDatabase,
    private readonly timeoutMs: number,
  ) {
    this.#begin = db.prepare("BEGIN IMMEDIATE");
    this.#noWait = db.prepare("PRAGMA busy_timeout = 0");
    this.#wait = db.prepare(`PRAGMA busy_timeout = ${Math.floor(timeoutMs)}`);
  }

  /**
   * Begins an IMMEDIATE transaction once the database's write lock is free. Resolves with the transaction open and
   * queries held back (set in the same tick as the BEGIN, so no query can slip into it); `end` lets them go.
   * Fails with SQLite's own busy error after the timeout, as the busy handler would.
   */
  async begin(): Promise<void> {
    if (this.#open) throw new Error("A transaction is already open on this connection.");
    const deadline = Date.now() + this.timeoutMs;
    for (let attempt = 0; ; attempt++) {
      try {
        this.#tryBegin();
        this.#open = new Promise<void>((resolve) => (this.#end = resolve));
        return;
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
      }
      const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
      await (delay === 0 ? new Promise<void>((resolve) => setImmediate(resolve)) : sleep(delay));
    }
  }

  #tryBegin() {
    this.#noWait.get();
    try {
      this.#begin.run();
    } finally {
      this.#wait.get();
    }
  }

  /** The open transaction has been committed or rolled back: queries held back go on. */
  end(): void {
    const end = this.#end;
    this.#open = null;
    this.#end = null;
    end?.();
  }

  /**
   * Runs a query once no transaction is open, in the same tick as the check (an `await` between them would let a
   * transaction begin first). `query` must do its work synchronously, as better-sqlite3 does.
   */
  async outside<T>(query: () => T): Promise<Awaited<T>> {
    while (this.#open) await this.#open;
    return await query();
  }
}


/**
 * A pause between the write steps of long work (an import saving its claims 50 at a time). SQLite has one write lock
 * and no queue for it: a request's write waiting in another process looks every few ms, and a job that began its
 * next step at once would keep the lock for its whole run. The pause outlasts the waiters' longest sleep (with room
 * for a busy event loop), so each waits one step at most. PostgreSQL locks rows and needs none.
 */
export function letWaitingWritesIn(): Promise<void> {
  return currentProvider() === "sqlite" ? sleep(4 * RETRY_MS[RETRY_MS.length - 1]) : Promise.resolve();
}
