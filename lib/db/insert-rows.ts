import { Prisma } from "@/lib/generated/prisma/client";
import type { SqlTx } from "./direct-transactions";

/**
 * Inserts many rows with one multi-row INSERT per `perStatement` of them, inside the caller's transaction: a long
 * article's claims or history would otherwise bind more values in one statement than the database allows (SQLite
 * 32,766, PostgreSQL 65,535). `into` is the statement's head (`INSERT INTO "T" (…columns)`), `valuesOf` one row's
 * parenthesised values; its index is the item's index in `items`.
 */
export async function insertRows<T>(tx: SqlTx, into: Prisma.Sql, items: T[], perStatement: number, valuesOf: (item: T, index: number) => Prisma.Sql): Promise<void> {
  for (let from = 0; from < items.length; from += perStatement) {
    const rows = items.slice(from, from + perStatement).map((item, i) => valuesOf(item, from + i));
    await tx.$executeRaw`${into} VALUES ${Prisma.join(rows)}`;
  }
}
