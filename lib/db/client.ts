import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/prisma-pg/client";
import { databaseUrl } from "./url";
import { providerOf } from "./provider";
import { BUSY_TIMEOUT_MS, sqliteAdapterFactory } from "./sqlite-adapter";
import { CONNECTION_WAIT_MS, pgAdapterFactory } from "./pg-adapter";
import { readRows, type RememberingFactory } from "./direct-reads";
import { runDirectTransaction, type SqlTx } from "./direct-transactions";
import type { DatabaseProvider } from "./provider";

export type Db = PrismaClient;
/** The client handed to a `$transaction` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * The one place that knows which database runs: `file:` URLs get the SQLite client, `postgres(ql)://`
 * the PostgreSQL one. Both are generated from schemas identical but for the provider (a test holds
 * them so), so the PostgreSQL client is typed as the SQLite one and the rest of lib/ never asks.
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  const provider = providerOf(url);
  // A transaction on PostgreSQL waits for a connection of the transactions' own (lib/db/pg-adapter.ts) as long as a
  // single statement waits for one, not Prisma's default of 2 s.
  // A transaction on SQLite waits for the write lock (an import's step may hold it for a while) as long as SQLite's
  // own busy timeout, not Prisma's default of 2 s: the wait no longer stops the process, so Prisma's timer runs.
  const factory = provider === "postgresql" ? pgAdapterFactory(url) : sqliteAdapterFactory(url);
  const client =
    provider === "postgresql"
      ? (new PgPrismaClient({ adapter: factory, transactionOptions: { maxWait: CONNECTION_WAIT_MS } }) as unknown as PrismaClient)
      : new PrismaClient({ adapter: factory, transactionOptions: { maxWait: BUSY_TIMEOUT_MS } });
  // On the client object itself, not in a module's map: each bundle has its own copy of this module (below).
  Object.defineProperty(client, DIRECT, { value: { factory, provider } satisfies DirectReads });
  return client;
}

const DIRECT = Symbol.for("claimdesk.directReads");
type DirectReads = { factory: RememberingFactory; provider: DatabaseProvider };

/**
 * The adapter factory a client was made with, or undefined for a client made elsewhere (an older copy of this module
 * kept by the dev server's reloads), which then reads and writes through Prisma.
 */
const directOf = (client: PrismaClient) => (client as unknown as Record<symbol, DirectReads | undefined>)[DIRECT];

/**
 * A read outside any transaction, sent past Prisma's query engine to the client's own driver adapter
 * (lib/db/direct-reads.ts: what it saves, and how its values differ from `$queryRaw`'s). For the small reads of
 * every request: the session, the stamps, and the reading pages' plain-SQL reads.
 */
export function directRows<T extends object = Record<string, unknown>>(statement: Prisma.Sql, client: PrismaClient = prisma): Promise<T[]> {
  const direct = directOf(client);
  if (!direct) return client.$queryRaw<T[]>(statement);
  return readRows<T>(client, direct.factory, direct.provider, statement);
}

export type { SqlTx };

/**
 * A transaction of plain SQL, run past Prisma's query engine on the client's own driver adapter
 * (lib/db/direct-transactions.ts: what it saves). For the commonest writes (a comment, a source, a claim's edit);
 * `work` may only use `$queryRaw` and `$executeRaw`, and the helpers it calls take a SqlTx, not a Tx.
 */
export function sqlTransaction<T>(work: (tx: SqlTx) => Promise<T>, client: PrismaClient = prisma): Promise<T> {
  const direct = directOf(client);
  if (!direct) return client.$transaction((tx) => work(tx));
  return runDirectTransaction(client, direct.factory, direct.provider, work);
}

// One client per process, kept on globalThis: Next's dev server reloads modules, and a production build bundles
// pages and route handlers separately, each with its own copy of this module. A client per bundle was a pool (or a
// SQLite connection) per bundle: up to twice CLAIMDESK_DB_POOL connections per server process.
const holder = globalThis as unknown as { claimdeskPrisma?: PrismaClient };

export const prisma: PrismaClient = (holder.claimdeskPrisma ??= createPrismaClient());

/**
 * For the transactions whose work grows with an article (import, revision, accepting every suggestion): Prisma's
 * default of 5 s is there to catch a forgotten transaction, and a 2 MB article's is legitimately longer, more so
 * on a busy machine or over a network to PostgreSQL. Bounded: the article's size is.
 */
export const ARTICLE_TRANSACTION = { timeout: 120_000, maxWait: 30_000 } as const;
