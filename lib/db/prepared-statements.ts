import { createHash } from "node:crypto";
import pg from "pg";

/**
 * Named (prepared) statements on PostgreSQL. pg and Prisma's pg adapter send every statement unnamed, so PostgreSQL
 * parses and plans it on every call. Planning the claim card's stamp (ten subqueries) took 1.0–1.4 ms of the server's
 * CPU a call and running it 0.1 ms; the article view's stamp 0.6 ms against 0.13 (bench/.tmp measurements, session
 * 16). A statement sent with a name is parsed once per connection, and PostgreSQL keeps its plan.
 *
 * The name is a hash of the text, so one text always has one name (pg refuses one name for two texts). Transaction
 * control and other utility statements stay unnamed, as do statements with many parameters: those are the lists
 * Prisma writes for `IN (…)` and many-row inserts, whose texts vary with their length and would fill every
 * connection with statements used once. Connections are also replaced after a number of uses (pg-adapter.ts), which
 * bounds what one connection can gather. CLAIMDESK_DB_PREPARED=off sends every statement unnamed, as a transaction-
 * pooling PgBouncer before 1.21 requires.
 */
export const MAX_NAMED_PARAMETERS = 32;

const UTILITY = /^\s*(BEGIN|COMMIT|ROLLBACK|END|START|SET|RESET|SAVEPOINT|RELEASE|PREPARE|DEALLOCATE|DISCARD|LISTEN|UNLISTEN|NOTIFY|LOCK)\b/i;

const NAMES_KEPT = 2_000;
const names = new Map<string, string>();

/** The name a statement is prepared under, or null when it is sent unnamed. */
export function statementName(text: string, parameterCount: number): string | null {
  if (parameterCount === 0 || parameterCount > MAX_NAMED_PARAMETERS || UTILITY.test(text)) return null;
  let name = names.get(text);
  if (name === undefined) {
    name = `cd_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    if (names.size >= NAMES_KEPT) names.clear();
    names.set(text, name);
  }
  return name;
}

export function preparedStatementsWanted(env: Record<string, string | undefined> = process.env): boolean {
  return env.CLAIMDESK_DB_PREPARED !== "off";
}

type QueryConfigLike = { text?: unknown; name?: unknown; values?: unknown; submit?: unknown };

/** A query's arguments with the statement's name added where it should be prepared; others as they came. */
export function withStatementName(args: unknown[]): unknown[] {
  const [config, values, ...rest] = args;
  if (typeof config === "string") {
    if (!Array.isArray(values)) return args;
    const name = statementName(config, values.length);
    return name ? [{ name, text: config, values }, ...rest] : args;
  }
  if (!config || typeof config !== "object") return args;
  const query = config as QueryConfigLike;
  // A submittable (a cursor, a stream) is its own object: it is left as it is.
  if (typeof query.text !== "string" || query.name !== undefined || typeof query.submit === "function") return args;
  const given = Array.isArray(values) ? values : Array.isArray(query.values) ? query.values : [];
  const name = statementName(query.text, given.length);
  return name ? [{ ...query, name }, values, ...rest] : args;
}

/** pg's client, sending the statements `statementName` names as prepared statements. */
export class PreparingClient extends pg.Client {
  // pg's overloads of `query` cannot be restated one by one here; every form goes through `withStatementName`.
  query(...args: any[]): any {
    return (super.query as (...a: unknown[]) => unknown)(...withStatementName(args));
  }
}
