import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { TestProject } from "vitest/node";

const TMP_DIR = path.resolve(__dirname, "..", ".tmp");

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}

/**
 * Migrates one template database for the whole run (named per run, so two runs side by side
 * never share one); each test file then works on its own copy.
 */
export default function globalSetup(project: TestProject) {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const template = path.join(TMP_DIR, `template-${crypto.randomUUID()}.db`);
  execFileSync(path.resolve("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  // Fold the WAL into the main file so a plain file copy is a complete database.
  const db = new Database(template);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  project.provide("templateDb", template);
  return () => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(template + suffix, { force: true });
  };
}
