import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { pgFieldsFromUrl } from "./pg-config";

// PostgreSQL's internal `name` and `"char"` types, which the schema engine reads from the catalog.
const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * Works around adapter-pg 6.19's migration path (STACK.md, "PostgreSQL"): the catalog queries of
 * the schema engine return `name` and `"char"` columns, which the adapter refuses to deserialize
 * ("Column type 'name' could not be deserialized"); they are text, and are read as text here.
 */
function readCatalogTypesAsText(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const queryable = adapter as unknown as { performIO(q: unknown): Promise<{ fields: { dataTypeID: number }[] }> };
  const performIO = queryable.performIO.bind(adapter);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    return result;
  };
  return adapter;
}

/**
 * adapter-pg 6.19 runs a migration script by cutting it at every ";", which also cuts a function's body ($$ … $$)
 * apart (migration 20261205213000_change_counter has one). PostgreSQL takes a whole script as one simple query, in
 * one implicit transaction: a migration that fails half-way leaves nothing behind. So a migration cannot use what
 * refuses to run inside a transaction (`CREATE INDEX CONCURRENTLY`, `VACUUM`); none does.
 */
function runScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const scripted = adapter as unknown as { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await scripted.client.query(script);
    } catch (error) {
      scripted.onError(error);
    }
  };
  return adapter;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The adapter `prisma migrate` uses on PostgreSQL. The shadow database (for `migrate dev` and
 * `migrate diff --from-migrations`) is made here: adapter-pg's own would connect to the real database
 * when given a URL, and fail to drop the shadow while its own pool still holds it.
 */
export function pgMigrationAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const fields = pgFieldsFromUrl(url);
  const factory = new PrismaPg(fields);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      return runScriptsWhole(readCatalogTypesAsText(await factory.connect()));
    },
    async connectToShadowDb() {
      const admin = new pg.Client(fields);
      await admin.connect();
      const database = `claimdesk_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
      await admin.query(`CREATE DATABASE ${quoteIdent(database)}`);
      await admin.end();
      const pool = new pg.Pool({ ...fields, database, max: 2 });
      const shadow = await new PrismaPg(pool).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await pool.end();
        const cleanup = new pg.Client(fields);
        await cleanup.connect();
        try {
          await cleanup.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
        } finally {
          await cleanup.end();
        }
      };
      return runScriptsWhole(readCatalogTypesAsText(shadow));
    },
  };
}
