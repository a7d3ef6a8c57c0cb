import { describe, expect, it } from "vitest";
import { providerOf } from "@/lib/db/provider";
import { pgFieldsFromUrl, poolSize } from "@/lib/db/pg-config";

describe("providerOf", () => {
  it("reads the database from the URL's scheme", () => {
    expect(providerOf("file:./data/claimdesk.db")).toBe("sqlite");
    expect(providerOf("postgresql://u@db/claimdesk")).toBe("postgresql");
    expect(providerOf("postgres://u@db/claimdesk")).toBe("postgresql");
  });

  it("refuses anything else with a message that names the schemes", () => {
    expect(() => providerOf("mysql://u@db/x")).toThrow(/file: \(SQLite\) or postgresql:\/\//);
  });
});

describe("pgFieldsFromUrl", () => {
  it("splits the URL into fields, decoding the user and password", () => {
    expect(pgFieldsFromUrl("postgresql://desk%40ops:p%2Fss@db.internal:6543/claims?sslmode=require")).toMatchObject({
      host: "db.internal",
      port: 6543,
      user: "desk@ops",
      password: "p/ss",
      database: "claims",
      ssl: { rejectUnauthorized: false },
    });
  });

  it("defaults the port and leaves TLS off unless asked", () => {
    expect(pgFieldsFromUrl("postgres://u@localhost/x")).toMatchObject({ port: 5432, ssl: undefined });
  });
});

describe("poolSize", () => {
  it("takes CLAIMDESK_DB_POOL when it is a whole number of at least 1, else 10", () => {
    expect(poolSize({ CLAIMDESK_DB_POOL: "4" })).toBe(4);
    for (const bad of [undefined, "0", "-1", "2.5", "many"]) expect(poolSize({ CLAIMDESK_DB_POOL: bad })).toBe(10);
  });
});
