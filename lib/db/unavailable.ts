import { AppError } from "@/lib/errors/app-error";

// Prisma's codes for a database it cannot reach, or that closed or timed out the connection.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// What the pg adapter reports when the connection itself failed.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL's SQLSTATEs for a server shutting down, starting up or out of connections; class 08 is
// "connection exception".
const SQLSTATES = /^(57P01|57P02|57P03|53300|08\w{3})$/;
// TRANSACTION_TIMEOUT: a direct transaction rolled back after its time (lib/db/direct-transactions.ts).
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "SQLITE_BUSY", "TRANSACTION_TIMEOUT"]);
// "Unable to start a transaction in the given time": Prisma's P2028 when every connection stayed busy for its maxWait.
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error|database is locked|Unable to start a transaction in the given time/i;

/** The errors a cause chain holds: Prisma wraps the adapter's, which wraps the driver's. */
function* chain(error: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (!error || typeof error !== "object" || depth > 5) return;
  const e = error as Record<string, unknown>;
  yield e;
  yield* chain(e.cause, depth + 1);
  const meta = e.meta as Record<string, unknown> | undefined;
  if (meta) yield* chain(meta.driverAdapterError, depth + 1);
}

/**
 * True when an error means "the database is not answering right now" (PostgreSQL restarting, the
 * network gone, every connection busy) rather than a fault in the request or in our code: the
 * caller then gets 503 and may try again; the pool reconnects by itself.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = typeof e.code === "string" ? e.code : "";
    if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATES.test(code)) return true;
    if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
    if (typeof e.originalCode === "string" && SQLSTATES.test(e.originalCode)) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  }
  return false;
}

export const databaseUnavailable = () =>
  new AppError("UNAVAILABLE", "The database is not answering at the moment; nothing was saved. Try again in a few seconds.");
