import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { createTestArticle, SAMPLE_BODY } from "../../factories";

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("connections for transactions and for single statements on PostgreSQL", () => {
  const before = process.env.CLAIMDESK_DB_POOL;
  afterEach(() => {
    if (before === undefined) delete process.env.CLAIMDESK_DB_POOL;
    else process.env.CLAIMDESK_DB_POOL = before;
  });

  it("answers a read while every transaction's connection waits on a row lock", async () => {
    const { claims } = await createTestArticle(SAMPLE_BODY);
    const claimId = claims[0].id;
    // Two connections: one for transactions, one for single statements.
    process.env.CLAIMDESK_DB_POOL = "2";
    const db = createPrismaClient();
    try {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      // One person's edit holds the claim's row; a second edit of the same claim queues behind it.
      const first = db.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Claim" SET "version" = "version" + 1 WHERE "id" = ${claimId}`;
        locked();
        await released;
      });
      await lockTaken;
      const second = db.$transaction(async (tx) => tx.$executeRaw`UPDATE "Claim" SET "version" = "version" + 1 WHERE "id" = ${claimId}`, { maxWait: 10_000 });
      await settle(200);

      // In one shared pool the second edit held the other connection, waiting for the lock, and the read waited for it.
      const read = db.$queryRaw<{ quote: string }[]>`SELECT "quote" FROM "Claim" WHERE "id" = ${claimId}`.then((rows) => rows[0].quote);
      const outcome = await Promise.race([read, settle(3_000).then(() => "still waiting")]);
      release();
      await Promise.all([first, second, read.catch(() => null)]);

      expect(outcome).toBe(claims[0].quote);
      const { version } = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
      expect(version).toBe(claims[0].version + 2);
    } finally {
      await db.$disconnect();
    }
  });
});
