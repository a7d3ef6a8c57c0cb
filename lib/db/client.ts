import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "./url";
import { sqliteAdapterFactory } from "./sqlite-adapter";

export type Db = PrismaClient;
/** The client handed to a `$transaction` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: sqliteAdapterFactory(url) });
}

// One client per process; Next's dev server reloads modules, so it is kept on globalThis.
const holder = globalThis as unknown as { claimdeskPrisma?: PrismaClient };

export const prisma: PrismaClient = holder.claimdeskPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") holder.claimdeskPrisma = prisma;
