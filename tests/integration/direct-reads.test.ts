import { describe, expect, it } from "vitest";
import { createPrismaClient, directRows, prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { userForSession } from "@/lib/auth/sessions";
import { createUser } from "../factories";

// Reads sent past Prisma's engine to its driver adapter (lib/db/direct-reads.ts), on both databases.
describe("direct reads", () => {
  it("bind text, dates and booleans as Prisma does, and answer rows by column name", async () => {
    const user = await createUser("REVIEWER");
    const rows = await directRows<{ id: string; email: string }>(
      Prisma.sql`SELECT "id", "email" FROM "User" WHERE "id" = ${user.id} AND "updatedAt" < ${new Date(Date.now() + 60_000)} AND "disabled" = ${false}`,
    );
    expect(rows).toEqual([{ id: user.id, email: user.email }]);
    const none = await directRows(Prisma.sql`SELECT "id" FROM "User" WHERE "id" = ${user.id} AND "updatedAt" > ${new Date(Date.now() + 60_000)}`);
    expect(none).toEqual([]);
  });

  it("a session's user is found while the session is open and not once it is revoked", async () => {
    const user = await createUser("EDITOR");
    const session = await prisma.session.create({ data: { id: `direct-${user.id}`, userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    expect(await userForSession(session.id, user.id)).toEqual({ id: user.id, email: user.email, name: user.name, role: "EDITOR" });
    await prisma.session.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    expect(await userForSession(session.id, user.id)).toBeNull();
  });

  it("never see a write of a transaction still open in this process, and see it once committed", async () => {
    const user = await createUser("REVIEWER");
    const nameOf = async () => (await directRows<{ name: string }>(Prisma.sql`SELECT "name" FROM "User" WHERE "id" = ${user.id}`))[0].name;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    const transaction = prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name: "Renamed inside" } });
      written();
      await held;
    });
    await wrote;
    // On SQLite the process has one connection: the read waits for the transaction instead of reading inside it.
    const during = nameOf();
    const settled = await Promise.race([during.then((name) => ({ name })), new Promise((resolve) => setTimeout(() => resolve("waiting"), 200))]);
    if (settled !== "waiting") expect(settled).toEqual({ name: user.name });
    release();
    await transaction;
    expect(await nameOf()).toBe("Renamed inside");
    const answered = await during;
    expect([user.name, "Renamed inside"]).toContain(answered);
  });

  it("connect the client again after it was disconnected, instead of using its closed pool or connection", async () => {
    const client = createPrismaClient(process.env.DATABASE_URL);
    try {
      const count = async () => (await directRows<{ n: number }>(Prisma.sql`SELECT COUNT(*) AS n FROM "User" WHERE "email" <> ${"nobody@example.org"}`, client))[0].n;
      const before = await count();
      expect(before).toBeGreaterThan(0);
      await client.$disconnect();
      expect(await count()).toBe(before);
    } finally {
      await client.$disconnect();
    }
  });
});
