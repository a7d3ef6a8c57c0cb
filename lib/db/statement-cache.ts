import type { Database, Statement } from "better-sqlite3";

/**
 * What Prisma's better-sqlite3 adapter does with a prepared statement: `prepare(sql).bind(args)`, then `reader`
 * and `run()`, or `columns()` and `raw().all()`.
 */
export interface AdapterStatement {
  readonly reader: boolean;
  /** Whether running it leaves the database as it was (SQLite's sqlite3_stmt_readonly). */
  readonly readonly: boolean;
  bind(args: unknown[]): AdapterStatement;
  run(): ReturnType<Statement["run"]>;
  columns(): ReturnType<Statement["columns"]>;
  raw(): { all(): unknown[] };
}

type Columns = ReturnType<Statement["columns"]>;

/**
 * A statement's result columns, asked for once: the adapter asks on every read, and better-sqlite3 builds them anew
 * each time (31 µs for Prisma's 24 columns of a claim, more than running the query: 13 µs). Prisma names every
 * column it reads, so a statement's columns only change with a migration, which a running server never meets.
 */
const columnsOf = new WeakMap<Statement<unknown[]>, Columns>();

/** One use of a cached statement with its own arguments (better-sqlite3 binds a statement's arguments only once). */
class BoundStatement implements AdapterStatement {
  constructor(
    private readonly statement: Statement<unknown[]>,
    private readonly args: unknown[] = [],
  ) {}

  get reader(): boolean {
    return this.statement.reader;
  }

  get readonly(): boolean {
    return this.statement.readonly;
  }

  bind(args: unknown[]): AdapterStatement {
    return new BoundStatement(this.statement, args);
  }

  run() {
    return this.statement.run(...this.args);
  }

  columns() {
    let columns = columnsOf.get(this.statement);
    if (!columns) {
      columns = Object.freeze(this.statement.columns()) as Columns;
      columnsOf.set(this.statement, columns);
    }
    return columns;
  }

  raw() {
    // Raw mode stays on the statement; every reader the adapter runs is read raw, so it never needs turning off.
    const statement = this.statement.raw(true);
    return { all: () => statement.all(...this.args) };
  }
}

/**
 * A `prepare` that keeps the statements it made, by their SQL: the adapter prepares every query afresh, and
 * Prisma sends the same few hundred statements again and again (preparing was 3% of a server process's CPU under
 * fifty reviewers). Bounded: the least recently used statement goes first (an `IN` list of a new length is new
 * SQL). Safe to share between queries: better-sqlite3 runs a statement to its end before returning.
 */
export function cachedPrepare(db: Database, maxStatements = 500): (sql: string) => AdapterStatement {
  const prepare = db.prepare.bind(db) as (sql: string) => Statement<unknown[]>;
  const statements = new Map<string, Statement<unknown[]>>();
  return (sql) => {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql); // re-inserted below: Map order is the order of last use
    } else {
      statement = prepare(sql);
      if (statements.size >= maxStatements) statements.delete(statements.keys().next().value as string);
    }
    statements.set(sql, statement);
    return new BoundStatement(statement);
  };
}
