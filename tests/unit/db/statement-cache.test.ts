import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cachedPrepare } from "@/lib/db/statement-cache";

describe("cachedPrepare", () => {
  let db: Database.Database;

  beforeEach(() => {
    db = new Database(":memory:");
    db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)`);
  });
  afterEach(() => db.close());

  it("prepares a statement once and runs it with each call's own arguments", () => {
    const spy = vi.spyOn(db, "prepare");
    const prepare = cachedPrepare(db);
    prepare(`INSERT INTO t (id, name) VALUES (?, ?)`).bind([1, "one"]).run();
    prepare(`INSERT INTO t (id, name) VALUES (?, ?)`).bind([2, "two"]).run();
    const select = `SELECT id, name FROM t WHERE id = ?`;
    expect(prepare(select).bind([1]).raw().all()).toEqual([[1, "one"]]);
    expect(prepare(select).bind([2]).raw().all()).toEqual([[2, "two"]]);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it("answers what the adapter asks of a statement: reader, columns, and a run without arguments", () => {
    const prepare = cachedPrepare(db);
    expect(prepare(`DELETE FROM t`).bind([]).reader).toBe(false);
    expect(prepare(`DELETE FROM t`).bind([]).run().changes).toBe(0);
    const select = prepare(`SELECT id, name FROM t`).bind([]);
    expect(select.reader).toBe(true);
    expect(select.columns().map((c) => c.name)).toEqual(["id", "name"]);
  });

  it("reads a statement's columns once, and gives them with every use of it", () => {
    const prepare = cachedPrepare(db);
    const statement = db.prepare(`SELECT id, name FROM t WHERE id = ?`);
    const columns = vi.spyOn(Object.getPrototypeOf(statement), "columns");
    const select = `SELECT name, id FROM t WHERE id = ?`;
    const names = (id: number) => prepare(select).bind([id]).columns().map((c) => c.name);
    expect(names(1)).toEqual(["name", "id"]);
    expect(names(2)).toEqual(["name", "id"]);
    expect(prepare(`SELECT id FROM t`).bind([]).columns().map((c) => c.name)).toEqual(["id"]);
    expect(columns).toHaveBeenCalledTimes(2);
    columns.mockRestore();
  });

  it("keeps a bound statement's arguments when the same SQL is bound again before it runs", () => {
    const prepare = cachedPrepare(db);
    db.exec(`INSERT INTO t VALUES (1, 'one'), (2, 'two')`);
    const first = prepare(`SELECT name FROM t WHERE id = ?`).bind([1]);
    const second = prepare(`SELECT name FROM t WHERE id = ?`).bind([2]);
    expect(first.raw().all()).toEqual([["one"]]);
    expect(second.raw().all()).toEqual([["two"]]);
  });

  it("drops the least recently used statement beyond its bound", () => {
    const spy = vi.spyOn(db, "prepare");
    const prepare = cachedPrepare(db, 2);
    prepare(`SELECT 1`);
    prepare(`SELECT 2`);
    prepare(`SELECT 1`); // used again: SELECT 2 is now the oldest
    prepare(`SELECT 3`); // drops SELECT 2
    prepare(`SELECT 1`);
    expect(spy).toHaveBeenCalledTimes(3);
    prepare(`SELECT 2`);
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it("reports a statement SQLite refuses when it is prepared, and keeps nothing of it", () => {
    const spy = vi.spyOn(db, "prepare");
    const prepare = cachedPrepare(db);
    expect(() => prepare(`SELECT FROM nowhere`)).toThrow();
    expect(() => prepare(`SELECT FROM nowhere`)).toThrow();
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
