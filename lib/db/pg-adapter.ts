import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgFieldsFromUrl, poolSize } from "./pg-config";
import { PreparingClient, preparedStatementsWanted } from "./prepared-statements";
import { rememberConnected, type RememberingFactory } from "./direct-reads";

/**
 * A connection is replaced after this many uses: it bounds the prepared statements one connection gathers
 * (lib/db/prepared-statements.ts), for a new connection's few milliseconds every so many thousand statements.
 */
const CONNECTION_USES = 10_000;

/** How long a statement or a transaction waits for a free connection before the request answers 503. */
export const CONNECTION_WAIT_MS = 5_000;

/**
 * The pool Prisma's adapter is given: its own connections serve transactions (the adapter takes one with `connect`
 * for each), and a second pool serves single statements, reads and plain writes (the adapter's `query`). Under fifty
 * reviewers every connection of one shared pool was often taken by transactions waiting for each other's row locks,
 * and a page's reads queued behind them (5 to 11 queries waiting on average); apart, PostgreSQL spent 2.77 ms of CPU
 * per request against 3.42 (four alternating pairs of runs, one of them the other way).
 */
class TransactionsApartPool extends pg.Pool {
  constructor(
    transactions: pg.PoolConfig,
    private readonly statements: pg.Pool,
  ) {
    super(transactions);
  }

  // pg's query has several call forms; each is passed on as it came.
  override query(...args: unknown[]): never {
    return (this.statements.query as (...given: unknown[]) => never)(...args);
  }

  override async end(): Promise<void> {
    await Promise.all([super.end(), this.statements.end()]);
  }
}

/** Prisma's pg adapter factory, remembering the adapter it connected: lib/db/direct-reads.ts reads through it. */
class RememberingPrismaPg extends PrismaPg implements RememberingFactory {
  connected?: Awaited<ReturnType<PrismaPg["connect"]>>;

  override async connect() {
    return rememberConnected(this, await super.connect());
  }
}

/**
 * How a process's connections (CLAIMDESK_DB_POOL) are shared: transactions get three in ten (at least two, or one in a
 * pool of fewer than four), single statements the rest. A page's reads are single statements, and under load each
 * holds its connection for a turn of a busy event loop besides the statement itself; a write's transaction holds one
 * across several round trips and its row locks. Fifty reviewers, 30 s runs (2026-12-07): with 5 and 5 of 10 the reading pages' p95 was 432–585 ms; with 3 and
 * 7, 189–236 ms, at the same throughput, the writes waiting longer for a connection instead (a comment's median 0.3 →
 * 0.5 s). People read the desk far more often than they write to it, and a write that waits holds no row lock.
 */
export function splitPool(total: number): { transactions: number; statements: number } | null {
  if (total < 2) return null;
  // Two at least once there are four: one long transaction (an article's import or revision) leaves the others one.
  const transactions = Math.max(total >= 4 ? 2 : 1, Math.floor((total * 3) / 10));
  return { transactions, statements: total - transactions };
}

/**
 * Prisma's pg adapter over pools of our own, so that:
 * - the pool's size is configurable (CLAIMDESK_DB_POOL) and a request waits at most a few seconds
 *   for a connection instead of hanging while PostgreSQL is away;
 * - an idle connection that the server closes (a restart) is logged and dropped, never an
 *   unhandled 'error' event that would end the process; the pool opens new ones by itself;
 * - statements are prepared, so PostgreSQL plans each once per connection (lib/db/prepared-statements.ts);
 * - transactions and single statements have connections of their own (TransactionsApartPool).
 */
export function pgAdapterFactory(url: string): PrismaPg & RememberingFactory {
  const config = (max: number): pg.PoolConfig => ({
    ...pgFieldsFromUrl(url),
    max,
    connectionTimeoutMillis: CONNECTION_WAIT_MS,
    idleTimeoutMillis: 30_000,
    application_name: "claimdesk",
    ...(preparedStatementsWanted() ? { Client: PreparingClient, maxUses: CONNECTION_USES } : {}),
  });
  const total = poolSize();
  const split = splitPool(total);
  const statements = new pg.Pool(config(split?.statements ?? total));
  const pool = split ? new TransactionsApartPool(config(split.transactions), statements) : statements;
  for (const each of new Set([pool, statements])) each.on("error", (error) => console.error("PostgreSQL closed an idle connection:", error.message));
  return new RememberingPrismaPg(pool, {
    disposeExternalPool: true,
    onPoolError: (error) => console.error("PostgreSQL pool error:", error.message),
    onConnectionError: (error) => console.error("PostgreSQL connection error:", error.message),
  });
}
