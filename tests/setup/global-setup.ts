import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const TMP_DIR = path.resolve(__dirname, "..", ".tmp");
export const TEMPLATE_DB = path.join(TMP_DIR, "template.db");

/** Migrates one template database for the whole run; each test file gets its own copy. */
export default function globalSetup() {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(TEMPLATE_DB + suffix, { force: true });
  execFileSync(path.resolve("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
    stdio: "pipe",
  });
  // Fold the WAL into the main file so a plain file copy is a complete database.
  const db = new Database(TEMPLATE_DB);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}
