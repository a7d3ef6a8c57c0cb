import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS } from "./sqlite-adapter";

/** Fails unless the file is a sound SQLite database that Claimdesk's migrations made. */
export function assertClaimdeskDatabase(file: string): void {
  if (!fs.existsSync(file)) throw new Error(`No such file: ${file}`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const [check] = db.pragma("integrity_check") as { integrity_check: string }[];
    if (check?.integrity_check !== "ok") throw new Error(`${file} failed SQLite's integrity check: ${check?.integrity_check}`);
    const migrations = db.prepare(`SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`).get() as { n: number };
    if (migrations.n === 0) throw new Error(`${file} is not a Claimdesk database (no applied migrations).`);
  } catch (error) {
    if (error instanceof Error && /no such table/.test(error.message)) throw new Error(`${file} is not a Claimdesk database.`);
    throw error;
  } finally {
    db.close();
  }
}

/**
 * A consistent copy of the live database through SQLite's online backup API: the app keeps
 * serving, and the copy is a single point in time (WAL content included).
 */
export async function backupDatabase(liveFile: string, toFile: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(toFile)), { recursive: true });
  const db = new Database(liveFile, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    await db.backup(toFile);
  } finally {
    db.close();
  }
  assertClaimdeskDatabase(toFile);
}

/**
 * Replaces the live database with a backup, page by page through the same API, so connections that
 * stay open see either the old or the restored database, never a half-copied file.
 */
export async function restoreDatabase(fromFile: string, liveFile: string): Promise<void> {
  assertClaimdeskDatabase(fromFile);
  const source = new Database(fromFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(liveFile);
  } finally {
    source.close();
  }
}
