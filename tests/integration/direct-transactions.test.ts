import { describe, expect, it } from "vitest";
import { directRows, prisma, sqlTransaction } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { poolSize } from "@/lib/db/pg-config";
import { createUser } from "../factories";

// Transactions of plain SQL sent past Prisma's engine to its driver adapter (lib/db/direct-transactions.ts), on both databases.
describe("direct transactions", () => {
  const nameOf = async (id: string) => (await directRows<{ name: string }>(Prisma.sql`SELECT "name" FROM "User" WHERE "id" = ${id}`))[0].name;

  it("commit every statement together and answer what the work returned, reading their own writes", async () => {
    const user = await createUser("REVIEWER");
    const result = await sqlTransaction(async (tx) => {
      await tx.$executeRaw`UPDATE "User" SET "name" = ${"First"} WHERE "id" = ${user.id}`;
      const [seen] = await tx.$queryRaw<{ name: string }[]>`SELECT "name" FROM "User" WHERE "id" = ${user.id}`;
      const changed = await tx.$executeRaw(Prisma.sql`UPDATE "User" SET "name" = ${`${seen.name} and second`} WHERE "id" = ${user.id}`);
      return { seen: seen.name, changed };
    });
    expect(result).toEqual({ seen: "First", changed: 1 });
    expect(await nameOf(user.id)).toBe("First and second");
  });

  it("roll every statement back when the work throws, and throw the work's own error", async () => {
    const user = await createUser("REVIEWER");
    const failure = new Error("the work failed");
    await expect(
      sqlTransaction(async (tx) => {
        await tx.$executeRaw`UPDATE "User" SET "name" = ${"Never kept"} WHERE "id" = ${user.id}`;
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await nameOf(user.id)).toBe(user.name);
  });

  it("roll back when a statement fails, keeping nothing written before it", async () => {
    const [user, other] = [await createUser("REVIEWER"), await createUser("REVIEWER")];
    await expect(
      sqlTransaction(async (tx) => {
        await tx.$executeRaw`UPDATE "User" SET "name" = ${"Never kept"} WHERE "id" = ${user.id}`;
        // The email is unique: this statement fails.
        await tx.$executeRaw`UPDATE "User" SET "email" = ${other.email} WHERE "id" = ${user.id}`;
      }),
    ).rejects.toThrow();
    expect(await nameOf(user.id)).toBe(user.name);
  });

  it("give their connection back however they end: more transactions than the pool has connections all run", async () => {
    const user = await createUser("REVIEWER");
    const rounds = poolSize() * 2 + 2;
    for (let i = 0; i < rounds; i++) {
      await expect(sqlTransaction(async (tx) => {
        await tx.$executeRaw`UPDATE "User" SET "name" = ${`Round ${i}`} WHERE "id" = ${user.id}`;
        throw new Error("rolled back");
      })).rejects.toThrow("rolled back");
      await sqlTransaction((tx) => tx.$executeRaw`UPDATE "User" SET "name" = ${`Round ${i}`} WHERE "id" = ${user.id}`);
    }
    expect(await nameOf(user.id)).toBe(`Round ${rounds - 1}`);
  }, 30_000);

  it("are never seen half done by a read of this process, and run one after another on one row", async () => {
    const user = await createUser("REVIEWER");
    await prisma.user.update({ where: { id: user.id }, data: { name: "0" } });
    // Each adds one to the name as a number, read and written in two statements: lost updates would leave less than 8.
    const increment = () =>
      sqlTransaction(async (tx) => {
        // Locks the row first on PostgreSQL (SQLite's transactions already run one at a time).
        await tx.$executeRaw`UPDATE "User" SET "name" = "name" WHERE "id" = ${user.id}`;
        const [row] = await tx.$queryRaw<{ name: string }[]>`SELECT "name" FROM "User" WHERE "id" = ${user.id}`;
        const next = String(Number(row.name) + 1);
        await tx.$executeRaw`UPDATE "User" SET "name" = ${`${next} pending`} WHERE "id" = ${user.id}`;
        await new Promise((resolve) => setTimeout(resolve, 5));
        await tx.$executeRaw`UPDATE "User" SET "name" = ${next} WHERE "id" = ${user.id}`;
      });
    const reads: string[] = [];
    const reading = (async () => {
      for (let i = 0; i < 20; i++) reads.push(await nameOf(user.id));
    })();
    await Promise.all([...Array.from({ length: 8 }, increment), reading]);
    expect(await nameOf(user.id)).toBe("8");
    expect(reads.filter((name) => name.endsWith("pending"))).toEqual([]);
  });
});
