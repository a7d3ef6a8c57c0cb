import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const sqlite = { schema: "prisma/schema.prisma", migrations: "prisma/migrations" };
const postgres = { schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" };

// The two lines allowed to differ: the provider and the generated client's folder.
const providerNeutral = (file: string) =>
  fs.readFileSync(file, "utf8")
    .replace(/^\s*provider\s*=\s*"(sqlite|postgresql)"\s*$/m, "PROVIDER")
    .replace(/^\s*output\s*=\s*".*"\s*$/m, "OUTPUT");

const migrationNames = (dir: string) =>
  fs.readdirSync(dir).filter((name) => fs.statSync(path.join(dir, name)).isDirectory()).sort();

describe("the SQLite and PostgreSQL schemas", () => {
  it("are identical but for the provider and the generated client's folder", () => {
    expect(providerNeutral(postgres.schema)).toBe(providerNeutral(sqlite.schema));
    expect(fs.readFileSync(postgres.schema, "utf8")).toMatch(/provider\s*=\s*"postgresql"/);
  });

  it("have the same migrations, each with its SQL, so neither database is ever a step behind", () => {
    expect(migrationNames(postgres.migrations)).toEqual(migrationNames(sqlite.migrations));
    for (const dir of [sqlite.migrations, postgres.migrations]) {
      for (const name of migrationNames(dir)) expect(fs.statSync(path.join(dir, name, "migration.sql")).size, `${dir}/${name}`).toBeGreaterThan(0);
    }
  });
});
