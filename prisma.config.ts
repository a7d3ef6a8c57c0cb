import path from "node:path";
import "dotenv/config";
import { defineConfig } from "prisma/config";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from "@prisma/driver-adapter-utils";
import { databaseUrl } from "./lib/db/url";
import { providerOf } from "./lib/db/provider";
import { sqliteAdapterFactory } from "./lib/db/sqlite-adapter";
import { pgMigrationAdapterFactory } from "./lib/db/pg-migration-adapter";

// schema.prisma names env("DATABASE_URL"); the CLI needs it set even though the adapter is used.
process.env.DATABASE_URL = databaseUrl();

// Prisma's own bookkeeping table, with the DDL Prisma itself uses.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/**
 * Works around two bugs of Prisma 6.19's JS schema engine with SQLite (see STACK.md):
 * a migration script sent through `executeRaw` is prepared as ONE statement, so a
 * parameterless executeRaw goes to `executeScript`; and a brand-new file lacks
 * `_prisma_migrations`, so it is created on connect.
 */
function withMigrationFixes(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  const patched = Object.create(adapter) as SqlDriverAdapter;
  patched.executeRaw = async (query: SqlQuery) => {
    if (query.args.length === 0) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return patched;
}

function migrationAwareFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = sqliteAdapterFactory(url);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      await adapter.executeScript("PRAGMA journal_mode = WAL;");
      await adapter.executeScript(MIGRATIONS_TABLE);
      return withMigrationFixes(adapter);
    },
    async connectToShadowDb() {
      const adapter = await inner.connectToShadowDb();
      return withMigrationFixes(adapter);
    },
  };
}

// The URL's scheme picks the schema, its migrations and the adapter (never `--schema`: under a
// config for the other provider, generate would try to download a query engine).
const url = databaseUrl();
const postgres = providerOf(url) === "postgresql";
const folder = postgres ? path.join("prisma", "postgresql") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => (postgres ? pgMigrationAdapterFactory(url) : migrationAwareFactory(url)),
});
