import { Prisma } from "@/lib/generated/prisma/client";
import { directRows } from "@/lib/db/client";
import { latestCheckIdOf } from "./latest-check";

/**
 * How the desk's sources stood at their latest check (link rot), for the dashboard: status → sources. Counted by
 * the database from each source's newest check: the dashboard asks on every visit, and reading every check ever
 * run into the server to keep the newest per source grew with the desk's whole checking history.
 */
export async function linkRotSummary(): Promise<Record<string, number>> {
  // Past Prisma's query engine (directRows): the dashboard sends it on every visit.
  const rows = await directRows<{ status: string; n: number }>(Prisma.sql`
    SELECT k."status" AS "status", COUNT(*) AS n
    FROM "Source" s JOIN "SourceCheck" k ON k."id" = ${latestCheckIdOf(Prisma.sql`s."id"`)}
    GROUP BY k."status"`);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
