import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgFieldsFromUrl, poolSize } from "./pg-config";
import { PreparingClient, preparedStatementsWanted } from "./prepared-statements";

/**
 * A connection is replaced after this many uses: it bounds the prepared statements one connection gathers
 * (lib/db/prepared-statements.ts), for a new connection's few milliseconds every so many thousand statements.
 */
const CONNECTION_USES = 10_000;

/**
 * Prisma's pg adapter over a pool of our own, so that:
 * - the pool's size is configurable (CLAIMDESK_DB_POOL) and a request waits at most a few seconds
 *   for a connection instead of hanging while PostgreSQL is away;
 * - an idle connection that the server closes (a restart) is logged and dropped, never an
 *   unhandled 'error' event that would end the process; the pool opens new ones by itself;
 * - statements are prepared, so PostgreSQL plans each once per connection (lib/db/prepared-statements.ts).
 */
export function pgAdapterFactory(url: string): PrismaPg {
  const pool = new pg.Pool({
    ...pgFieldsFromUrl(url),
    max: poolSize(),
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: "claimdesk",
    ...(preparedStatementsWanted() ? { Client: PreparingClient, maxUses: CONNECTION_USES } : {}),
  });
  pool.on("error", (error) => console.error("PostgreSQL closed an idle connection:", error.message));
  return new PrismaPg(pool, {
    disposeExternalPool: true,
    onPoolError: (error) => console.error("PostgreSQL pool error:", error.message),
    onConnectionError: (error) => console.error("PostgreSQL connection error:", error.message),
  });
}
