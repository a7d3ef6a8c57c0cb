import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { databaseUrl, sqliteFilePath } from "@/lib/db/url";
import { createUser } from "../../factories";

// SQLite only: another server process holds the write lock (an import's transaction, say). This process's writes
// wait their turn, but its reads, its timers and its other requests must go on meanwhile: better-sqlite3 is
// synchronous, and waiting inside SQLite's busy handler stopped the whole process.
describe("a write waiting for another process's write lock", () => {
  const otherProcess = () => new Database(sqliteFilePath(databaseUrl()), { timeout: 0 });
  const settled = <T>(promise: Promise<T>) => {
    const state = { done: false };
    promise.then(
      () => (state.done = true),
      () => (state.done = true),
    );
    return state;
  };

  it("leaves the process free to read until the lock is free, then commits", async () => {
    await createUser();
    const other = otherProcess();
    try {
      other.prepare("BEGIN IMMEDIATE").run();
      const marker = `lock-wait-${Date.now()}`;
      const transaction = prisma.$transaction(async (tx) => tx.$executeRaw`UPDATE "User" SET "name" = ${marker} WHERE "id" = 'no such user'`);
      const plainWrite = prisma.$executeRaw`UPDATE "User" SET "name" = "name" WHERE "id" = 'no such user'`;
      const [transactionState, writeState] = [settled(transaction), settled(plainWrite)];
      // A timer fires and a read answers while both writes wait.
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(await prisma.user.count()).toBeGreaterThan(0);
      expect(transactionState.done).toBe(false);
      expect(writeState.done).toBe(false);
      other.prepare("ROLLBACK").run();
      expect(await transaction).toBe(0);
      expect(await plainWrite).toBe(0);
    } finally {
      if (other.inTransaction) other.prepare("ROLLBACK").run();
      other.close();
    }
  });

  it("a plain write that fails is rolled back whole, and the next one commits", async () => {
    const [user] = await Promise.all([createUser(), createUser()]);
    await expect(prisma.$executeRaw`UPDATE "User" SET "email" = (SELECT "email" FROM "User" WHERE "id" <> ${user.id} LIMIT 1) WHERE "id" = ${user.id}`).rejects.toThrow(/unique/i);
    const other = otherProcess();
    try {
      // Had the failed write left its transaction open, the lock would still be held.
      other.prepare("BEGIN IMMEDIATE").run();
      other.prepare("ROLLBACK").run();
    } finally {
      other.close();
    }
    expect(await prisma.$executeRaw`UPDATE "User" SET "email" = ${user.email} WHERE "id" = ${user.id}`).toBe(1);
  });

  it("SQL that does not prepare fails as Prisma's usual error, whether it meant to read or write", async () => {
    for (const sql of ["SELEC 1", "UPDAT \"User\" SET \"name\" = 'x'"]) {
      await expect(prisma.$queryRawUnsafe(sql)).rejects.toMatchObject({ name: "PrismaClientKnownRequestError", message: expect.stringMatching(/syntax error/) });
    }
  });
});
