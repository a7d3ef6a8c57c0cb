import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL server for the tests and benchmarks: a fresh cluster in a temporary
 * folder, on a free loopback port, run as an unprivileged user (the server refuses root), removed
 * by `stop()`. Debian's binaries are used; when they are missing and we are root with apt, they
 * are installed first. Anything else that is missing ends with one line saying what to do.
 */
export interface ThrowawayCluster {
  url: string;
  port: number;
  dataDir: string;
  /** What another process needs to restart this server (see `restartDescribedCluster`). */
  description: ClusterDescription;
  /** Stops the server immediately (fast shutdown) and starts it again on the same port and data. */
  restart(options?: { downMs?: number }): Promise<void>;
  stop(): void;
}

const SERVER_USER = "postgres";

export interface ClusterDescription {
  pgCtl: string;
  dataDir: string;
  logFile: string;
  options: string;
}

export function postgresBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb")));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], "bin") : null;
}

const isRoot = () => process.getuid?.() === 0;

/** Installs a Debian package when we may (root, apt-get present); otherwise explains and fails. */
export function ensureDebianPackage(pkg: string, present: () => boolean, why: string): void {
  if (present()) return;
  const apt = spawnSync("sh", ["-c", "command -v apt-get"], { encoding: "utf8" }).stdout.trim();
  if (!isRoot() || !apt) {
    throw new Error(`${why} is missing: install Debian's "${pkg}" package (apt-get install -y ${pkg}) and run again.`);
  }
  console.error(`Installing Debian's ${pkg} (${why} is missing)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const lists = fs.existsSync("/var/lib/apt/lists") ? fs.readdirSync("/var/lib/apt/lists").filter((f) => f.endsWith("Packages")) : [];
  if (lists.length === 0) execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", pkg], { stdio: ["ignore", "ignore", "inherit"], env });
  if (!present()) throw new Error(`${why} is still missing after installing ${pkg}.`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Runs a server binary as the unprivileged user when we are root, as ourselves otherwise. */
function runAs(binary: string, args: string[], options: { stdio?: "inherit" | "pipe" } = {}): void {
  const [cmd, argv] = isRoot() ? ["runuser", ["-u", SERVER_USER, "--", binary, ...args]] : [binary, args];
  const result = spawnSync(cmd, argv, { stdio: options.stdio ?? "pipe", encoding: "utf8", cwd: os.tmpdir() });
  if (result.status !== 0) throw new Error(`${path.basename(binary)} ${args.join(" ")} failed: ${result.stderr || result.stdout}`);
}

export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  ensureDebianPackage("postgresql", () => postgresBinDir() !== null, "PostgreSQL's server (initdb, pg_ctl)");
  const binDir = postgresBinDir()!;
  const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-pg-"));
  const dataDir = path.join(dataRoot, "data");
  fs.mkdirSync(dataDir, { mode: 0o700 });
  if (isRoot()) {
    fs.chmodSync(dataRoot, 0o755);
    execFileSync("chown", ["-R", `${SERVER_USER}:`, dataRoot]);
  }
  // C.UTF-8: text sorts by code point, as SQLite's BINARY collation does (see the README).
  runAs(path.join(binDir, "initdb"), ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const port = await freePort();
  const options = `-p ${port} -k ${dataRoot} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300 -c synchronous_commit=on`;
  const pgCtl = path.join(binDir, "pg_ctl");
  const logFile = path.join(dataRoot, "server.log");
  const description = { pgCtl, dataDir, logFile, options };
  startDescribedCluster(description);
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    description,
    restart: (options) => restartDescribedCluster(description, options),
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        runAs(pgCtl, ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } finally {
        fs.rmSync(dataRoot, { recursive: true, force: true });
      }
    },
  };
}

/** A URL naming another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function startDescribedCluster(c: ClusterDescription): void {
  runAs(c.pgCtl, ["-D", c.dataDir, "-l", c.logFile, "-o", c.options, "-w", "start"]);
}

/** Stops the server the way a crash would (immediate: no checkpoint), waits, and starts it again. */
export async function restartDescribedCluster(c: ClusterDescription, { downMs = 500 } = {}): Promise<void> {
  runAs(c.pgCtl, ["-D", c.dataDir, "-m", "immediate", "-w", "stop"]);
  await new Promise((r) => setTimeout(r, downMs));
  startDescribedCluster(c);
}
