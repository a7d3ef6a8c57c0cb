import crypto from "node:crypto";
import pg from "pg";
import { pgFieldsFromUrl } from "@/lib/db/pg-config";
import { withDatabase } from "../../scripts/pg/cluster";

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(pgFieldsFromUrl(serverUrl));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database on the server (a copy of `template` when given); returns its URL. */
export async function createDatabase(serverUrl: string, prefix: string, template?: string): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await onServer(serverUrl, async (client) => {
    // Copies of one template started at the same moment can find it busy for an instant.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return { name, url: withDatabase(serverUrl, name) };
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}
