import fs from "node:fs";
import path from "node:path";
import { startThrowawayCluster, withDatabase, type ThrowawayCluster } from "../scripts/pg/cluster";
import { createDatabaseOnServer } from "../scripts/pg/databases";

/**
 * The database a benchmark runs on: SQLite by default (a file under bench/.tmp), PostgreSQL with
 * `--db postgresql` (or BENCH_DB=postgresql) — on the server BENCH_DATABASE_URL names, or on a
 * throwaway cluster started here and removed at the end. On PostgreSQL the app runs as two
 * instances (one server process each) behind a round-robin balancer, the multi-instance set-up.
 */
export interface BenchDatabase {
  provider: "sqlite" | "postgresql";
  url: string;
  /** How many app instances to start (one process each on PostgreSQL; one cluster of a process per core on SQLite). */
  instances: number;
  describe: string;
  close(): void;
}

export function wantsPostgres(args: string[] = process.argv.slice(2)): boolean {
  const i = args.indexOf("--db");
  return (i !== -1 && args[i + 1] === "postgresql") || process.env.BENCH_DB === "postgresql";
}

export async function benchDatabase(name: string, options: { fresh: boolean }): Promise<BenchDatabase> {
  if (!wantsPostgres()) {
    const file = path.resolve("bench", ".tmp", `${name}.db`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (options.fresh) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    return { provider: "sqlite", url: `file:${file}`, instances: 1, describe: "SQLite, one instance with a server process per core", close: () => undefined };
  }
  let cluster: ThrowawayCluster | null = null;
  let server = process.env.BENCH_DATABASE_URL;
  if (!server) {
    cluster = await startThrowawayCluster();
    server = cluster.url;
  }
  const database = `claimdesk_bench_${name}`;
  if (options.fresh || cluster) await createDatabaseOnServer(server, database, { replace: true });
  return {
    provider: "postgresql",
    url: withDatabase(server, database),
    instances: 2,
    describe: "PostgreSQL 15, two instances of one server process each behind a round-robin balancer",
    close: () => cluster?.stop(),
  };
}
