import { describe, expect, it } from "vitest";
import type { SqlQuery } from "@prisma/driver-adapter-utils";
import { runDirectTransaction, TransactionTimeout } from "@/lib/db/direct-transactions";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

/**
 * A driver adapter standing in for the database, to make the ends of a transaction fail on purpose (a real database
 * cannot be made to refuse a COMMIT on demand). It records the SQL it was sent and how the transaction was ended.
 */
function stubAdapter(fail: { commit?: boolean; rollback?: boolean } = {}) {
  const log: string[] = [];
  const transaction = {
    options: { usePhantomQuery: false },
    provider: "postgres",
    adapterName: "stub",
    async queryRaw(query: SqlQuery) {
      log.push(query.sql);
      return { columnNames: ["n"], columnTypes: [0], rows: [[1]] };
    },
    async executeRaw(query: SqlQuery) {
      log.push(query.sql);
      if (query.sql === "COMMIT" && fail.commit) throw new Error("COMMIT failed");
      if (query.sql === "ROLLBACK" && fail.rollback) throw new Error("connection lost");
      return 1;
    },
    async commit() {
      log.push("(connection given back after commit)");
    },
    async rollback() {
      log.push("(connection given back after rollback)");
    },
  };
  const adapter = {
    queryRaw: transaction.queryRaw,
    executeRaw: transaction.executeRaw,
    async startTransaction() {
      log.push("BEGIN");
      return transaction;
    },
  };
  const factory = { connected: adapter as never };
  const client = { $connect: async () => undefined };
  const run = <T>(work: Parameters<typeof runDirectTransaction<T>>[3], timeoutMs?: number) => runDirectTransaction(client, factory, "postgresql", work, timeoutMs);
  return { log, run };
}

describe("a direct transaction's ends", () => {
  it("commits and then gives its connection back", async () => {
    const { log, run } = stubAdapter();
    await expect(run(async (tx) => tx.$executeRaw`UPDATE "User" SET "name" = ${"x"}`)).resolves.toBe(1);
    expect(log).toEqual(["BEGIN", 'UPDATE "User" SET "name" = $1', "COMMIT", "(connection given back after commit)"]);
  });

  it("rolls back and throws when its COMMIT fails", async () => {
    const { log, run } = stubAdapter({ commit: true });
    await expect(run(async (tx) => tx.$executeRaw`UPDATE "User" SET "name" = ${"x"}`)).rejects.toThrow("COMMIT failed");
    expect(log.slice(-2)).toEqual(["ROLLBACK", "(connection given back after rollback)"]);
  });

  it("gives its connection back and throws the work's error when the ROLLBACK cannot be sent", async () => {
    const { log, run } = stubAdapter({ rollback: true });
    const failure = new Error("the work failed");
    await expect(run(async () => Promise.reject(failure))).rejects.toBe(failure);
    expect(log.slice(-2)).toEqual(["ROLLBACK", "(connection given back after rollback)"]);
  });

  it("refuses a statement sent after it ended, so none lands on a connection given to someone else", async () => {
    const { log, run } = stubAdapter();
    let kept!: Parameters<Parameters<typeof run>[0]>[0];
    await run(async (tx) => {
      kept = tx;
    });
    await expect(kept.$queryRaw`SELECT 1`).rejects.toThrow("has ended");
    await expect(kept.$executeRaw`DELETE FROM "User"`).rejects.toThrow("has ended");
    expect(log).not.toContain('DELETE FROM "User"');
  });

  it("rolls back work that outlasts its time, answers 'unavailable', and refuses the work's later statements", async () => {
    const { log, run } = stubAdapter();
    let late: Promise<unknown> | undefined;
    const outcome = run(async (tx) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      late = tx.$executeRaw`UPDATE "User" SET "name" = ${"late"}`;
      return late;
    }, 20);
    const error = await outcome.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionTimeout);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(log).toEqual(["BEGIN", "ROLLBACK", "(connection given back after rollback)"]);
    await new Promise((resolve) => setTimeout(resolve, 120));
    await expect(late).rejects.toThrow("has ended");
    expect(log).not.toContain('UPDATE "User" SET "name" = $1');
  });
});
