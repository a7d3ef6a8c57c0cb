import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/url";
import { backupLiveDatabase, restoreLiveDatabase } from "@/lib/db/backup";
import { readChangeCounter } from "@/lib/db/change-counter";
import { createTestArticle, createUser, SAMPLE_BODY } from "../../factories";

const tmp = path.resolve("tests", ".tmp");

describe("backups on PostgreSQL (pg_dump / pg_restore, custom format)", () => {
  it("round-trip: a dump taken while writing restores exactly what it held", async () => {
    const dump = path.join(tmp, `backup-${process.pid}-${Date.now()}.dump`);
    await createUser("ADMIN");
    const article = await createTestArticle(SAMPLE_BODY, { title: "Before the dump" });
    const writing = Promise.all(Array.from({ length: 10 }, (_, i) => createUser("REVIEWER", { email: `pg-during-${i}@claimdesk.test` })));
    await backupLiveDatabase(dump, databaseUrl());
    await writing;
    const users = await prisma.user.count();

    await prisma.article.update({ where: { id: article.id }, data: { title: "Changed after the dump" } });
    await prisma.user.deleteMany({ where: { email: { startsWith: "pg-during-" } } });
    await prisma.$disconnect(); // pg_restore --clean drops the tables: no open connection should hold them

    const countBefore = await readChangeCounter(databaseUrl());
    await restoreLiveDatabase(dump, databaseUrl());
    // Servers still running keep pages under the counts they saw: the restored count is past them all.
    expect(await readChangeCounter(databaseUrl())).toBeGreaterThan(countBefore!);
    const restored = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(restored.title).toBe("Before the dump");
    expect(await prisma.user.count()).toBeGreaterThanOrEqual(users - 10);
    expect(await prisma.claim.count({ where: { articleId: article.id } })).toBe(article.claims.length);
    fs.rmSync(dump, { force: true });
  });

  it("refuses to restore a file that is not a Claimdesk dump, and changes nothing", async () => {
    const bogus = path.join(tmp, `bogus-${process.pid}.dump`);
    fs.writeFileSync(bogus, "not a dump");
    const before = await prisma.user.count();
    await expect(restoreLiveDatabase(bogus, databaseUrl())).rejects.toThrow(/not a pg_dump archive/);
    expect(await prisma.user.count()).toBe(before);
    fs.rmSync(bogus, { force: true });
  });
});
