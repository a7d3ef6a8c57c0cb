import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { databaseUrl, sqliteFilePath } from "@/lib/db/url";

// SQLite only: several server processes share one file, so transactions must take the write lock
// when they begin. (PostgreSQL's row locks and READ COMMITTED need no such thing.)
describe("transactions across server processes", () => {
  it("take the write lock when they begin, so another process's commit can never leave them a stale snapshot", async () => {
    // Another process's connection to the same file, which gives up at once instead of waiting.
    const other = new Database(sqliteFilePath(databaseUrl()), { timeout: 0 });
    try {
      await prisma.$transaction(async (tx) => {
        await tx.user.count(); // only a read so far: a deferred BEGIN would not hold the write lock yet
        expect(() => other.prepare("BEGIN IMMEDIATE").run()).toThrow(/locked|busy/i);
      });
      // Once the transaction is over, the other process may write.
      other.prepare("BEGIN IMMEDIATE").run();
      other.prepare("ROLLBACK").run();
    } finally {
      other.close();
    }
  });
});
