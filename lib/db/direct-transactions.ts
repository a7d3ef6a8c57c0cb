import { Prisma } from "@/lib/generated/prisma/client";
import type { Transaction } from "@prisma/driver-adapter-utils";
import type { DatabaseProvider } from "./provider";
import { adapterQuery, connectedAdapter, toRecords, type RememberingFactory } from "./direct-reads";

/**
 * What a write's transaction offers its helpers: plain SQL, as tagged templates or `Prisma.sql` statements. Prisma's
 * transaction client has both methods, so a helper taking a SqlTx serves `prisma.$transaction` callers as well as
 * `sqlTransaction` ones (lib/db/client.ts). Values read back may differ in one way: counts come as numbers from a
 * direct transaction and as BigInts on PostgreSQL through Prisma, so readers wrap them in `Number`.
 */
export interface SqlTx {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<number>;
}

const control = (sql: "COMMIT" | "ROLLBACK") => ({ sql, args: [], argTypes: [] });

function statementOf(query: TemplateStringsArray | Prisma.Sql, values: unknown[]): Prisma.Sql {
  return query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
}

/** How long a transaction's work may take before it is rolled back, as Prisma's interactive transactions' default. */
const DIRECT_TRANSACTION_TIMEOUT_MS = 5_000;

/** A transaction rolled back because its work outlasted the timeout: nothing was saved (a 503, lib/db/unavailable.ts). */
export class TransactionTimeout extends Error {
  readonly code = "TRANSACTION_TIMEOUT";
  constructor(ms: number) {
    super(`The transaction did not finish within ${ms} ms and was rolled back.`);
  }
}

/**
 * Runs `work` in a transaction of the driver adapter under Prisma's client, past Prisma's query engine: its
 * interactive transactions cost about a millisecond of CPU besides their statements (a comment's two inserts took
 * 1.31 ms of the app's CPU in `prisma.$transaction` on PostgreSQL and 0.34 ms here; bench/.tmp, 1,000 calls,
 * 2026-12-07). The transaction is the adapter's own, begun and ended as Prisma's engine does it: the adapter sends
 * BEGIN (on SQLite, after the write lock: lib/db/sqlite-adapter.ts), COMMIT or ROLLBACK is sent here as SQL, and the
 * adapter's `commit` and `rollback` then give the connection back. A failed COMMIT rolls back and throws.
 *
 * As with Prisma's: work that outlasts `timeoutMs` is rolled back (on SQLite a forgotten transaction would hold the
 * process's write lock, and its reads, for ever), and the transaction refuses statements once it has ended, so a
 * straggling statement never runs on a connection already given to someone else.
 */
export async function runDirectTransaction<T>(
  client: { $connect(): Promise<void> },
  factory: RememberingFactory,
  provider: DatabaseProvider,
  work: (tx: SqlTx) => Promise<T>,
  timeoutMs = DIRECT_TRANSACTION_TIMEOUT_MS,
): Promise<T> {
  const adapter = await connectedAdapter(client, factory);
  const transaction = await adapter.startTransaction();
  let open = true;
  const statement = (query: TemplateStringsArray | Prisma.Sql, values: unknown[]) => {
    if (!open) throw new Error("This transaction has ended: a statement after its end is refused.");
    return adapterQuery(provider, statementOf(query, values));
  };
  const tx: SqlTx = {
    $queryRaw: async <R>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => toRecords(await transaction.queryRaw(statement(query, values))) as R,
    $executeRaw: async (query, ...values) => transaction.executeRaw(statement(query, values)),
  };
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TransactionTimeout(timeoutMs)), timeoutMs);
  });
  let result: T;
  try {
    result = await Promise.race([work(tx), timedOut]);
    open = false;
    await transaction.executeRaw(control("COMMIT"));
  } catch (error) {
    open = false;
    await rollBack(transaction);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  await transaction.commit();
  return result;
}

/**
 * Ends a failed transaction; the connection is given back even when the ROLLBACK cannot be sent. On PostgreSQL that
 * means the connection broke, and its pool drops it; on SQLite the adapter rolls back whatever is still open before
 * it lets the next transaction in (lib/db/sqlite-adapter.ts).
 */
async function rollBack(transaction: Transaction): Promise<void> {
  try {
    await transaction.executeRaw(control("ROLLBACK"));
  } catch {
    // The error that failed the work is the one to report.
  } finally {
    await transaction.rollback();
  }
}
