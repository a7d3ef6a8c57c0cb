import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { commentIds } from "../e2e/postgresql/databases";
import { HttpClient } from "./http-client";

export interface CrashReport {
  acknowledged: number;
  failedInFlight: number;
  missing: string[];
  integrity: string;
  killedAfterMs: number;
}

const root = path.resolve(__dirname, "..", "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function startServer(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(bin("next"), ["start", "-p", String(port)], { cwd: root, env, stdio: "ignore" });
}

async function waitForHealth(base: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server at ${base} did not come up.`);
}

/**
 * Runs a steady write load against the production server, kills it with SIGKILL mid-load,
 * restarts it on the same database, and checks that SQLite's integrity check passes and that every
 * write that got a 2xx answer is there. Needs a production build (npm run build).
 */
export async function runCrashTest({ port, loadMs, writers = 8, databaseUrl }: { port: number; loadMs: number; writers?: number; databaseUrl?: string }): Promise<CrashReport> {
  const dir = path.join(root, "tests", ".tmp", `crash-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const dbFile = path.join(dir, "claimdesk.db");
  const url = databaseUrl ?? `file:${dbFile}`;
  const env = { ...process.env, DATABASE_URL: url, CLAIMDESK_DATA_DIR: dir, NEXTAUTH_URL: `http://localhost:${port}`, NEXTAUTH_SECRET: crypto.randomBytes(24).toString("hex") };
  const prepared = spawnSync(bin("tsx"), ["scripts/prepare-db.ts"], { cwd: root, env, stdio: "pipe" });
  if (prepared.status !== 0) throw new Error(`Preparing the database failed: ${prepared.stderr}`);

  const base = `http://localhost:${port}`;
  let server = startServer(port, env);
  try {
    await waitForHealth(base);
    const client = new HttpClient(base);
    await client.signIn("reviewer@claimdesk.test", "claimdesk-demo");
    const claims = ((await (await client.request("GET", "/api/articles/centrality-of-security-pakistan-us/claims")).json()) as { claims: { id: string }[] }).claims;

    const acknowledged: string[] = [];
    let failedInFlight = 0;
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const body = `crash-test ${w}-${i} ${crypto.randomUUID()}`;
        try {
          const response = await client.request("POST", `/api/claims/${claims[(w + i) % claims.length].id}/comments`, { body });
          if (response.status >= 200 && response.status < 300) acknowledged.push(((await response.json()) as { comment: { id: string } }).comment.id);
          else failedInFlight++;
        } catch {
          failedInFlight++;
          return; // The server is gone.
        }
      }
    };
    const started = Date.now();
    const load = Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
    await new Promise((r) => setTimeout(r, loadMs));
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGKILL");
    const killedAfterMs = Date.now() - started;
    stop = true;
    await load;
    await exited;

    server = startServer(port, env);
    await waitForHealth(base);
    const { present, integrity } = databaseUrl ? await readPostgres(databaseUrl) : readSqlite(dbFile);
    return { acknowledged: acknowledged.length, failedInFlight, missing: acknowledged.filter((id) => !present.has(id)), integrity, killedAfterMs };
  } finally {
    server.kill("SIGKILL");
  }
}

function readSqlite(file: string): { present: Set<string>; integrity: string } {
  const db = new Database(file, { readonly: true });
  try {
    const [{ integrity_check: integrity }] = db.pragma("integrity_check") as { integrity_check: string }[];
    return { integrity, present: new Set((db.prepare(`SELECT "id" FROM "Comment"`).all() as { id: string }[]).map((r) => r.id)) };
  } finally {
    db.close();
  }
}

/** PostgreSQL recovers from its WAL by itself: there is no integrity pragma to ask, only the rows. */
async function readPostgres(url: string): Promise<{ present: Set<string>; integrity: string }> {
  return { integrity: "ok", present: await commentIds(url) };
}
