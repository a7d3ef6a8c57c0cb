import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { TestProject } from "vitest/node";
import { testProvider, testServerUrl } from "./test-database";
import { createDatabase, dropDatabase } from "./pg-databases";

const TMP_DIR = path.resolve(__dirname, "..", ".tmp");

declare module "vitest" {
  export interface ProvidedContext {
    /** SQLite: the template file; PostgreSQL: the template database's name. */
    templateDb: string;
  }
}

function migrate(url: string): void {
  execFileSync(path.resolve("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

/**
 * Migrates one template database for the whole run (named per run, so two runs side by side
 * never share one); each test file then works on its own copy: a file copy on SQLite, a
 * `CREATE DATABASE … TEMPLATE` on PostgreSQL.
 */
export default async function globalSetup(project: TestProject) {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  if (testProvider === "postgresql") {
    const server = testServerUrl();
    const template = await createDatabase(server, "claimdesk_template");
    migrate(template.url);
    project.provide("templateDb", template.name);
    return () => dropDatabase(server, template.name);
  }
  const template = path.join(TMP_DIR, `template-${crypto.randomUUID()}.db`);
  migrate(`file:${template}`);
  // Fold the WAL into the main file so a plain file copy is a complete database.
  const db = new Database(template);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  project.provide("templateDb", template);
  return () => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(template + suffix, { force: true });
  };
}
