import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { testProvider, testServerUrl } from "./test-database";
import { createDatabase, dropDatabase } from "./pg-databases";

// Each test file gets a fresh copy of the migrated template, so no test sees another file's rows.
const template = inject("templateDb");
const tmpDir = path.resolve(__dirname, "..", ".tmp");
process.env.CLAIMDESK_DATA_DIR = path.join(tmpDir, "data");

let cleanup: () => Promise<void> | void = () => undefined;

if (testProvider === "postgresql") {
  // Set before any test module imports the client (setup files run first; the client is created lazily on import).
  const server = testServerUrl();
  const copy = await createDatabase(server, "claimdesk_test", template);
  process.env.DATABASE_URL = copy.url;
  cleanup = () => dropDatabase(server, copy.name);
} else {
  const file = path.join(path.dirname(template), `test-${process.pid}-${crypto.randomUUID()}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
  cleanup = () => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  };
}


afterAll(async () => {
  const { prisma } = await import("@/lib/db/client");
  await prisma.$disconnect();
  await cleanup();
});
