import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { databaseUrl, sqliteFilePath } from "@/lib/db/url";
import { restoreLiveDatabase } from "@/lib/db/backup";
import { readChangeCounter } from "@/lib/db/change-counter";
import Database from "better-sqlite3";
import { assertClaimdeskDatabase, backupDatabase, restoreDatabase } from "@/lib/db/sqlite-backup";

const TABLES = ["User", "Article", "ArticleRevision", "Claim", "ClaimEvent"];
function counts(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}
import { createTestArticle, createUser, SAMPLE_BODY } from "../../factories";

describe("backups", () => {
  it("round-trips: a backup taken while writing restores exactly what it held", async () => {
    const live = sqliteFilePath();
    const backup = path.join(path.dirname(live), `backup-${process.pid}.db`);
    await createUser("ADMIN");
    const article = await createTestArticle(SAMPLE_BODY, { title: "Before the backup" });

    // Writes keep landing while the backup runs.
    const writing = Promise.all(Array.from({ length: 20 }, (_, i) => createUser("REVIEWER", { email: `during-${i}@claimdesk.test` })));
    await backupDatabase(live, backup);
    await writing;
    const inBackup = counts(backup);

    await prisma.article.update({ where: { id: article.id }, data: { title: "Changed after the backup" } });
    await prisma.user.deleteMany({ where: { email: { startsWith: "during-" } } });

    const countBefore = await readChangeCounter(databaseUrl());
    await restoreLiveDatabase(backup, databaseUrl());
    // Servers still running keep pages under the counts they saw: the restored count is past them all.
    expect(await readChangeCounter(databaseUrl())).toBeGreaterThan(countBefore!);
    const restored = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(restored.title).toBe("Before the backup");
    expect(counts(live)).toEqual(inBackup);
    expect(inBackup.Claim).toBeGreaterThan(0);
    // Opening the backup read-only leaves its -shm and -wal files behind.
    for (const suffix of ["", "-shm", "-wal"]) fs.rmSync(backup + suffix, { force: true });
  });

  it("refuses to restore a file that is not a Claimdesk database", async () => {
    const bogus = path.join(path.dirname(sqliteFilePath()), `bogus-${process.pid}.db`);
    fs.writeFileSync(bogus, "not a database");
    expect(() => assertClaimdeskDatabase(bogus)).toThrow();
    await expect(restoreDatabase(bogus, sqliteFilePath())).rejects.toThrow();
    expect(await prisma.user.count()).toBeGreaterThan(0);
    fs.rmSync(bogus, { force: true });
  });
});
