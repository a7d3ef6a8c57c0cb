import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";

// Each test file gets a fresh copy of the migrated template, so no test sees another file's rows.
const template = inject("templateDb");
const file = path.join(path.dirname(template), `test-${process.pid}-${crypto.randomUUID()}.db`);
fs.copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.CLAIMDESK_DATA_DIR = path.join(path.dirname(template), "data");

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client");
  await prisma.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});
