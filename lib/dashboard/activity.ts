import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import type { HistoryEvent } from "@/lib/review/claim-detail";
import { withAssigneeNames } from "@/lib/review/assignee-names";
import type { DashboardScope } from "./scope";

/** A history line with the claim it belongs to. */
export interface ActivityItem extends HistoryEvent {
  claim: { id: string; quote: string; articleSlug: string; articleTitle: string };
}

export const ACTIVITY_LIMIT = 12;

function parseDetail(detail: string | null): unknown {
  if (!detail) return null;
  try {
    return JSON.parse(detail);
  } catch {
    // A detail that is not JSON is shown without its particulars rather than failing the dashboard.
    return null;
  }
}

/**
 * The newest history entries' ids: the history is walked newest first on its createdAt index and
 * each entry checked against a set of claim ids built once (the few rejected suggestions, or a
 * reviewer's claims), so only about `limit` entries are read. A reviewer sees their own claims' history.
 */
async function recentEventIds(scope: DashboardScope, limit: number): Promise<string[]> {
  const inSlice = scope.all
    ? Prisma.sql`e."claimId" NOT IN (SELECT c."id" FROM "Claim" c WHERE c."suggestion" = 'REJECTED')`
    : Prisma.sql`e."claimId" IN (SELECT c."id" FROM "Claim" c WHERE c."assigneeId" = ${scope.userId} AND c."suggestion" <> 'REJECTED')`;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT e."id" AS "id" FROM "ClaimEvent" e WHERE ${inSlice}
    ORDER BY e."createdAt" DESC, e."id" DESC LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** The latest entries of the claims' history, newest first, with who did it and on which claim (relations read in batches). */
export async function recentActivity(scope: DashboardScope, limit = ACTIVITY_LIMIT): Promise<ActivityItem[]> {
  const ids = await recentEventIds(scope, limit);
  const rows = await prisma.claimEvent.findMany({
    where: { id: { in: ids } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      type: true,
      field: true,
      fromValue: true,
      toValue: true,
      detail: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
      claim: { select: { id: true, quote: true, article: { select: { slug: true, title: true } } } },
    },
  });
  return withAssigneeNames(rows.map((row) => ({
    id: row.id,
    type: row.type,
    field: row.field,
    from: row.fromValue,
    to: row.toValue,
    detail: parseDetail(row.detail),
    createdAt: row.createdAt.toISOString(),
    actor: row.actor,
    claim: { id: row.claim.id, quote: row.claim.quote, articleSlug: row.claim.article.slug, articleTitle: row.claim.article.title },
  })));
}
