import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";

// Each test file gets a fresh copy of the migrated template, so no test sees another file's rows.
const tmp = path.resolve(__dirname, "..", ".tmp");
const file = path.join(tmp, `test-${process.pid}-${crypto.randomUUID()}.db`);
fs.copyFileSync(path.join(tmp, "template.db"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.CLAIMDESK_DATA_DIR = path.join(tmp, "data");

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client");
  await prisma.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});
