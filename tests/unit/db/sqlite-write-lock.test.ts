import { describe, expect, it } from "vitest";
import { SqliteWriteLock, type LockableDatabase } from "@/lib/db/sqlite-write-lock";

/** A connection whose BEGIN IMMEDIATE fails with SQLITE_BUSY while another process holds the write lock. */
function connection() {
  const state = { otherHolds: true, attempts: 0, busyTimeout: 10_000 };
  const db: LockableDatabase = {
    prepare(sql: string) {
      return {
        run() {
          if (sql !== "BEGIN IMMEDIATE") throw new Error(`unexpected ${sql}`);
          state.attempts++;
          if (state.busyTimeout !== 0) throw new Error("BEGIN IMMEDIATE would sleep in the busy handler");
          if (state.otherHolds) throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
        },
        get() {
          state.busyTimeout = Number(/busy_timeout = (\d+)/.exec(sql)![1]);
        },
      };
    },
  };
  return { db, state };
}

describe("SqliteWriteLock", () => {
  it("tries the lock without SQLite's busy wait, again until it is free, and restores the busy timeout", async () => {
    const { db, state } = connection();
    const lock = new SqliteWriteLock(db, 5_000);
    const begun = lock.begin();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.attempts).toBeGreaterThan(1);
    expect(state.busyTimeout).toBe(5_000);
    state.otherHolds = false;
    await begun;
    expect(state.busyTimeout).toBe(5_000);
  });

  it("holds queries back while its transaction is open, and lets them go in order when it ends", async () => {
    const { db, state } = connection();
    state.otherHolds = false;
    const lock = new SqliteWriteLock(db, 5_000);
    await lock.begin();
    const ran: string[] = [];
    const first = lock.outside(() => ran.push("first"));
    const second = lock.outside(() => ran.push("second"));
    await Promise.resolve();
    expect(ran).toEqual([]);
    lock.end();
    await Promise.all([first, second]);
    expect(ran).toEqual(["first", "second"]);
    expect(await lock.outside(() => "at once")).toBe("at once");
  });

  it("gives up with SQLite's own busy error when the lock stays taken past the timeout", async () => {
    const { db } = connection();
    const lock = new SqliteWriteLock(db, 30);
    await expect(lock.begin()).rejects.toMatchObject({ code: "SQLITE_BUSY", message: "database is locked" });
    // Nothing is left open: queries run.
    expect(await lock.outside(() => 1)).toBe(1);
  });

  it("passes on any other error at once", async () => {
    const db: LockableDatabase = {
      prepare: (sql) => ({
        run: () => {
          throw Object.assign(new Error("disk I/O error"), { code: "SQLITE_IOERR" });
        },
        get: () => sql,
      }),
    };
    await expect(new SqliteWriteLock(db, 5_000).begin()).rejects.toMatchObject({ code: "SQLITE_IOERR" });
  });
});
