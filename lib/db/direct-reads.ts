import { ColumnTypeEnum, type ArgType, type ColumnType, type SqlDriverAdapter, type SqlQuery, type SqlResultSet } from "@prisma/driver-adapter-utils";
import type { DatabaseProvider } from "./provider";

/**
 * What runs a statement: the connected driver adapter Prisma's client itself uses (its pool, or its one SQLite
 * connection). Its transactions serve lib/db/direct-transactions.ts.
 */
type Queryable = Pick<SqlDriverAdapter, "queryRaw" | "executeRaw" | "startTransaction">;

/** A driver adapter factory that remembers the adapter it connected, so reads can reach it past Prisma's engine. */
export interface RememberingFactory {
  connected?: Queryable;
}

/**
 * Keeps `adapter` as the factory's connected one until it is disposed: a disconnected client closes its adapter (ends
 * its pool, closes its SQLite connection), and the direct reads then connect the client again instead of using it.
 */
export function rememberConnected<A extends Queryable & { dispose(): Promise<void> }>(factory: RememberingFactory, adapter: A): A {
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = () => {
    if (factory.connected === adapter) factory.connected = undefined;
    return dispose();
  };
  factory.connected = adapter;
  return adapter;
}

/** A statement and its parameters, as `Prisma.sql` makes them (`sql` with `?`, `text` with `$1`). */
export interface Statement {
  sql: string;
  text: string;
  values: unknown[];
}

function argTypeOf(value: unknown): ArgType {
  const scalarType =
    value instanceof Date ? "datetime" : typeof value === "string" ? "string" : typeof value === "boolean" ? "boolean" : typeof value === "bigint" ? "bigint" : typeof value === "number" ? (Number.isInteger(value) ? "int" : "float") : "unknown";
  return { scalarType, arity: "scalar" };
}

const NUMBERS = new Set<ColumnType>([ColumnTypeEnum.Int32, ColumnTypeEnum.Int64, ColumnTypeEnum.Float, ColumnTypeEnum.Double, ColumnTypeEnum.UnknownNumber]);
const DATES = new Set<ColumnType>([ColumnTypeEnum.Date, ColumnTypeEnum.DateTime]);
const TEXT_AS_GIVEN = new Set<ColumnType>([ColumnTypeEnum.Character, ColumnTypeEnum.Text, ColumnTypeEnum.Enum, ColumnTypeEnum.Uuid]);

const toNumber = (value: unknown) => (value === null ? null : Number(value));
const toBoolean = (value: unknown) => (value === null ? null : value === true || value === 1 || value === "1" || value === "true");
const toDate = (value: unknown) => (value === null || value instanceof Date ? value : new Date(value as string));

/**
 * How a column's values are given to the caller. The adapters hand integers over as text (SQLite's 64-bit ones, and
 * PostgreSQL's `COUNT`), booleans as "0" and "1" on SQLite and dates as text: here they become numbers, booleans and
 * Dates, as `$queryRaw` gives them (but for 64-bit integers, numbers rather than BigInts: counts and versions).
 */
function converterFor(type: ColumnType): ((value: unknown) => unknown) | null {
  if (NUMBERS.has(type)) return toNumber;
  if (type === ColumnTypeEnum.Boolean) return toBoolean;
  if (DATES.has(type)) return toDate;
  if (TEXT_AS_GIVEN.has(type)) return null;
  // JSON, decimals, bytes, times and arrays: `$queryRaw` would convert them in ways not copied here.
  throw new Error(`A direct read does not convert column type ${type}: read that column with $queryRaw.`);
}

/**
 * The rows of a read, sent straight to the driver adapter under Prisma's client. Prisma's query engine costs more
 * CPU than the statement itself for the small reads every request makes: a claim card's stamp (13 columns) took
 * 0.74 ms of the app's CPU through `$queryRaw` on PostgreSQL and 0.14 ms through pg; 0.32 ms and 0.02 ms on SQLite
 * (bench/.tmp, 3,000 calls, 2026-12-07). The adapter is the same one, so the reads keep its connections, its
 * prepared statements and, on SQLite, its rule that a read waits for the process's open transaction.
 *
 * Values are converted by their columns' types as `$queryRaw` converts them (`converterFor`), but for 64-bit
 * integers, which come as numbers. Outside transactions only: a transaction's own reads go through its client.
 */
export async function readRows<T extends object = Record<string, unknown>>(
  client: { $connect(): Promise<void> },
  factory: RememberingFactory,
  provider: DatabaseProvider,
  statement: Statement,
): Promise<T[]> {
  const adapter = await connectedAdapter(client, factory);
  return toRecords<T>(await adapter.queryRaw(adapterQuery(provider, statement)));
}

/** The adapter the client connected, connecting it first when it is not (a new process, or after `$disconnect`). */
export async function connectedAdapter(client: { $connect(): Promise<void> }, factory: RememberingFactory): Promise<Queryable> {
  if (!factory.connected) await client.$connect();
  const adapter = factory.connected;
  if (!adapter) throw new Error("The database adapter did not connect.");
  return adapter;
}

/** A statement as the adapter takes it: PostgreSQL's numbered parameters or SQLite's question marks. */
export function adapterQuery(provider: DatabaseProvider, { sql, text, values }: Statement): SqlQuery {
  return { sql: provider === "postgresql" ? text : sql, args: values, argTypes: values.map(argTypeOf) };
}

/** An adapter's result set as rows by column name, each value converted by its column's type (`converterFor`). */
export function toRecords<T extends object = Record<string, unknown>>({ columnNames, columnTypes, rows }: SqlResultSet): T[] {
  const converters = columnTypes.map(converterFor);
  return rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) {
      const convert = converters[i];
      record[columnNames[i]] = convert ? convert(row[i]) : row[i];
    }
    return record as T;
  });
}
