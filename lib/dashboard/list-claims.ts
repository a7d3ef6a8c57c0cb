import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { claimSelect, toClaimJson, type ClaimJson } from "@/lib/review/claim-json";
import type { DashboardScope } from "./scope";
import { cachedByStamp } from "./cache";
import { claimsTableFilter, claimsTableOrder, type ClaimsQuery } from "./claims-table";

export interface ClaimsTableRow extends ClaimJson {
  articleTitle: string;
  openFlags: number;
}

export interface ClaimsTablePage {
  claims: ClaimsTableRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** The ids of one page of matching claims, in order, and how many match: two aggregate-sized queries. */
export async function findClaimIds(scope: DashboardScope, userId: string, query: ClaimsQuery): Promise<{ ids: string[]; total: number }> {
  const where = claimsTableFilter(scope, userId, query);
  const { joins, orderBy } = claimsTableOrder(query);
  const skip = (query.page - 1) * query.pageSize;
  const [rows, count] = await Promise.all([
    prisma.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT c."id" AS "id" FROM "Claim" c ${joins} WHERE ${where} ORDER BY ${orderBy} LIMIT ${query.pageSize} OFFSET ${skip}`),
    prisma.$queryRaw<{ n: number | bigint }[]>(Prisma.sql`SELECT COUNT(*) AS n FROM "Claim" c WHERE ${where}`),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count[0]?.n ?? 0) };
}

/** Open flags of the page's claims only, grouped in the database (Prisma's `_count` would group the whole Flag table). */
async function openFlagCounts(ids: string[]): Promise<Map<string, number>> {
  const rows = await prisma.$queryRaw<{ claimId: string; n: number | bigint }[]>`
    SELECT f."claimId" AS "claimId", COUNT(*) AS n FROM "Flag" f
    WHERE f."status" = 'OPEN' AND f."claimId" IN (${Prisma.join(ids)}) GROUP BY f."claimId"`;
  return new Map(rows.map((r) => [r.claimId, Number(r.n)]));
}

/**
 * One page of the claims table: the page's ids and the count, then the page's rows with their
 * relations and their open flags in batched reads — never a query per row.
 */
export async function listClaimsTable(scope: DashboardScope, userId: string, query: ClaimsQuery): Promise<ClaimsTablePage> {
  const { ids, total } = await findClaimIds(scope, userId, query);
  if (ids.length === 0) return { claims: [], total, page: query.page, pageSize: query.pageSize };
  const [rows, flags] = await Promise.all([
    prisma.claim.findMany({ where: { id: { in: ids } }, select: { ...claimSelect, article: { select: { slug: true, title: true } } } }),
    openFlagCounts(ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const claims = ids.flatMap((id) => {
    const row = byId.get(id);
    // A claim deleted between the two reads is simply left out of this page.
    return row ? [{ ...toClaimJson(row), articleTitle: row.article.title, openFlags: flags.get(id) ?? 0 }] : [];
  });
  return { claims, total, page: query.page, pageSize: query.pageSize };
}

/** The same page, recomputed only when the data changed (see cache.ts): editors watching one view share it. */
export function cachedClaimsTable(scope: DashboardScope, userId: string, query: ClaimsQuery): Promise<ClaimsTablePage> {
  const key = ["table", scope.all ? "all" : scope.userId, userId, JSON.stringify(query)].join("|");
  return cachedByStamp(key, () => listClaimsTable(scope, userId, query));
}
