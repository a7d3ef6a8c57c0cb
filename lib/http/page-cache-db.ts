import Database from "better-sqlite3";
import pg from "pg";
import { PreparingClient, preparedStatementsWanted } from "@/lib/db/prepared-statements";
import { providerOf } from "@/lib/db/provider";
import { sqliteFilePath } from "@/lib/db/url";
import { pgFieldsFromUrl } from "@/lib/db/pg-config";

/** What a kept page needs to know on every visit. */
export interface VisitCheck {
  /** The count of committed changes to what pages show (the ChangeCounter row, kept by triggers), as text; null without the row. */
  stamp: string | null;
  /** The same test as lib/auth/sessions.ts `userForSession`: the session is open, not expired, its user not disabled. */
  sessionOpen: boolean;
}

export interface DatabaseWatch {
  check(sessionId: string, userId: string): Promise<VisitCheck>;
  close(): Promise<void>;
}

/**
 * The database's triggers (migration 20261205213000_change_counter) count every committed change to a table a
 * page shows, in the same transaction as the change, from any process or instance. Heartbeats (Presence), sign-ins
 * and job progress are not counted: with them, every open tab would make every kept page stale every few seconds.
 *
 * SQLite: a connection of its own that only reads (WAL: never waits for a writer). Microseconds a visit.
 */
function sqliteWatch(url: string): DatabaseWatch {
  const db = new Database(sqliteFilePath(url), { fileMustExist: true });
  const version = db.prepare(`SELECT "value" FROM "ChangeCounter" WHERE "id" = 1`).pluck();
  const session = db.prepare(
    `SELECT s."expiresAt" AS expiresAt FROM "Session" s JOIN "User" u ON u."id" = s."userId"
     WHERE s."id" = ? AND s."userId" = ? AND s."revokedAt" IS NULL AND u."disabled" = 0`,
  );
  return {
    check: async (sessionId, userId) => {
      const count = version.get();
      const stamp = count === undefined || count === null ? null : String(count);
      const row = session.get(sessionId, userId) as { expiresAt: string | number } | undefined;
      return { stamp, sessionOpen: row !== undefined && new Date(row.expiresAt).getTime() > Date.now() };
    },
    close: async () => void db.close(),
  };
}

/**
 * PostgreSQL: one statement a visit, on one connection per process beside the pool.
 *
 * The counter's triggers are deferred to commit, where a transaction raises it once: the change and the new count
 * become visible together, a rolled-back transaction moves nothing, and the counter's row lock is the last lock a
 * transaction takes (its holder waits for nothing else, so no deadlock; commits that write queue on it briefly).
 * This holds while no code runs `SET CONSTRAINTS ALL IMMEDIATE` (the count would be raised mid-transaction and its
 * lock held while taking others) and writers stay at READ COMMITTED (at REPEATABLE READ, two concurrent writers
 * would fail at commit on the counter's row). Neither is done anywhere in lib/.
 */
function postgresWatch(url: string): DatabaseWatch {
  // As lib/db/pg-adapter.ts's pool: a visit never hangs while PostgreSQL is away (it goes to Next.js, which answers
  // 503), and a connection the server closes is logged, never an unhandled error.
  const pool = new pg.Pool({
    ...pgFieldsFromUrl(url),
    max: 1,
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 60_000,
    statement_timeout: 2_000,
    application_name: "claimdesk-kept-pages",
    // Its one statement prepared, as the pool's (lib/db/prepared-statements.ts).
    ...(preparedStatementsWanted() ? { Client: PreparingClient } : {}),
  });
  pool.on("error", (error) => console.error("PostgreSQL closed the kept pages' connection:", error.message));
  return {
    check: async (sessionId, userId) => {
      // Prisma keeps DateTime as UTC in columns without a time zone.
      const { rows } = await pool.query<{ stamp: string | null; open: boolean }>(
        `SELECT (SELECT "value" FROM "ChangeCounter" WHERE "id" = 1)::text AS stamp, EXISTS (
           SELECT 1 FROM "Session" s JOIN "User" u ON u."id" = s."userId"
           WHERE s."id" = $1 AND s."userId" = $2 AND s."revokedAt" IS NULL
             AND s."expiresAt" > (now() AT TIME ZONE 'UTC') AND u."disabled" = false) AS open`,
        [sessionId, userId],
      );
      return { stamp: rows[0].stamp ?? null, sessionOpen: rows[0].open };
    },
    close: () => pool.end(),
  };
}

export function openDatabaseWatch(url: string): DatabaseWatch {
  return providerOf(url) === "postgresql" ? postgresWatch(url) : sqliteWatch(url);
}
