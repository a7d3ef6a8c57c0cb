import { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";

/**
 * Whose claims a dashboard counts: every claim for editors and admins (`dashboard:all`), only the
 * claims assigned to them for reviewers. Every query of lib/dashboard starts from this, so a
 * reviewer's figures, queues, table and charts are all the same slice.
 */
export type DashboardScope = { all: true } | { all: false; userId: string };

export const ALL_CLAIMS: DashboardScope = { all: true };

export function dashboardScope(user: SessionUser): DashboardScope {
  return can(user.role, "dashboard:all") ? ALL_CLAIMS : { all: false, userId: user.id };
}

/**
 * Claims under review: rejected suggestions are never counted, and SUGGESTED claims are
 * suggestions awaiting a person's decision, counted apart (see `suggestionWhere`), not work in progress.
 */
export function claimWhere(scope: DashboardScope): Prisma.ClaimWhereInput {
  return { suggestion: "ACCEPTED", ...(scope.all ? {} : { assigneeId: scope.userId }) };
}

export function suggestionWhere(scope: DashboardScope): Prisma.ClaimWhereInput {
  return { suggestion: "SUGGESTED", ...(scope.all ? {} : { assigneeId: scope.userId }) };
}

/** The same slice for raw SQL on the Claim table aliased `c` (double-quoted identifiers: SQLite and PostgreSQL alike). */
export function claimSql(scope: DashboardScope): Prisma.Sql {
  return scope.all ? Prisma.sql`c."suggestion" = 'ACCEPTED'` : Prisma.sql`c."suggestion" = 'ACCEPTED' AND c."assigneeId" = ${scope.userId}`;
}
