import { describe, expect, it } from "vitest";
import { MAX_NAMED_PARAMETERS, preparedStatementsWanted, statementName, withStatementName } from "@/lib/db/prepared-statements";

const SELECT = `SELECT "id" FROM "Claim" WHERE "id" = $1`;

describe("statementName", () => {
  it("gives one text one name, and another text another", () => {
    const name = statementName(SELECT, 1);
    expect(name).toMatch(/^cd_[0-9a-f]{24}$/);
    expect(statementName(`${SELECT}`, 1)).toBe(name);
    expect(statementName(`SELECT "id" FROM "Article" WHERE "id" = $1`, 1)).not.toBe(name);
  });

  it("leaves transaction control, settings and other utility statements unnamed", () => {
    for (const text of ["BEGIN", "COMMIT", " ROLLBACK", "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "set search_path = $1", "SAVEPOINT s1", "LISTEN claimdesk"]) {
      expect(statementName(text, 1), text).toBeNull();
    }
    // A function whose name starts like a utility statement is a query.
    expect(statementName(`SELECT set_config($1, $2, false)`, 2)).not.toBeNull();
  });

  it("leaves statements without parameters, or with long lists of them, unnamed", () => {
    expect(statementName(`SELECT 1`, 0)).toBeNull();
    expect(statementName(SELECT, MAX_NAMED_PARAMETERS)).not.toBeNull();
    expect(statementName(SELECT, MAX_NAMED_PARAMETERS + 1)).toBeNull();
  });
});

describe("withStatementName", () => {
  it("names the statement of a query given as an object, keeping the rest of it", () => {
    const types = { getTypeParser: () => String };
    const [config, values] = withStatementName([{ text: SELECT, values: ["a"], rowMode: "array", types }, ["a"]]);
    expect(config).toEqual({ text: SELECT, values: ["a"], rowMode: "array", types, name: statementName(SELECT, 1) });
    expect(values).toEqual(["a"]);
  });

  it("names the statement of a query given as text and values", () => {
    const callback = () => undefined;
    expect(withStatementName([SELECT, ["a"], callback])).toEqual([{ name: statementName(SELECT, 1), text: SELECT, values: ["a"] }, callback]);
  });

  it("leaves alone what it should not name: a named query, a submittable, a script, a BEGIN", () => {
    const named = [{ name: "mine", text: SELECT, values: ["a"] }];
    const submittable = [{ text: SELECT, values: ["a"], submit: () => undefined }];
    for (const args of [named, submittable, ["SELECT 1; SELECT 2"], [{ text: "BEGIN", values: [] }]]) {
      expect(withStatementName(args)).toBe(args);
    }
  });
});

describe("preparedStatementsWanted", () => {
  it("is on unless CLAIMDESK_DB_PREPARED is off", () => {
    expect(preparedStatementsWanted({})).toBe(true);
    expect(preparedStatementsWanted({ CLAIMDESK_DB_PREPARED: "off" })).toBe(false);
  });
});
