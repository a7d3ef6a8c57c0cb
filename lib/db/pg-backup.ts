import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** PostgreSQL's own tools do the work: pg_dump in custom format, pg_restore back into the database. */
function tool(name: "pg_dump" | "pg_restore"): string {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();
  if (!found) throw new Error(`${name} is not installed: install PostgreSQL's client tools (Debian: apt-get install -y postgresql-client) and run again.`);
  return found;
}

function run(name: "pg_dump" | "pg_restore", args: string[]): void {
  const result = spawnSync(tool(name), args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${name} failed: ${(result.stderr || result.stdout).trim().split("\n").at(-1)}`);
}

/** A consistent dump of the live database (pg_dump reads one snapshot while the app serves). */
export function backupPostgres(url: string, toFile: string): void {
  fs.mkdirSync(path.dirname(path.resolve(toFile)), { recursive: true });
  run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", toFile, "--dbname", url]);
  assertClaimdeskDump(toFile);
}

/** Fails unless the file is a pg_dump archive of a Claimdesk database (its table of contents lists our tables). */
export function assertClaimdeskDump(file: string): void {
  if (!fs.existsSync(file)) throw new Error(`No such file: ${file}`);
  const listing = spawnSync(tool("pg_restore"), ["--list", file], { encoding: "utf8" });
  if (listing.status !== 0) throw new Error(`${file} is not a pg_dump archive in custom format.`);
  if (!/TABLE DATA \S+ _prisma_migrations/.test(listing.stdout) || !/TABLE DATA \S+ Claim\b/.test(listing.stdout)) {
    throw new Error(`${file} is not a Claimdesk database dump.`);
  }
}

/** Replaces the database's contents with the dump's, in one transaction: a failure leaves it as it was. */
export function restorePostgres(fromFile: string, url: string): void {
  assertClaimdeskDump(fromFile);
  run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", url, fromFile]);
}
