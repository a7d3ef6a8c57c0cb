import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The newest check of a source, as SQL to compare a check's id with (the same on SQLite and PostgreSQL): one step
 * down the (sourceId, checkedAt) index per source, where reading every check of every source and keeping the
 * newest would grow with every check ever run. Ties in time go to the later id.
 */
export const latestCheckIdOf = (sourceColumn: Prisma.Sql) =>
  Prisma.sql`(SELECT l."id" FROM "SourceCheck" l WHERE l."sourceId" = ${sourceColumn} ORDER BY l."checkedAt" DESC, l."id" DESC LIMIT 1)`;

/** A check's stored JSON list of the citations whose passage it no longer found; anything else reads as none. */
export function missingCitationIds(json: string | null): string[] {
  try {
    const ids: unknown = JSON.parse(json ?? "[]");
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}
