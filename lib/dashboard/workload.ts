import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { ALL_CLAIMS, claimSql, claimWhere, type DashboardScope } from "./scope";

export interface WorkloadRow {
  email: string;
  name: string;
  role: Role;
  /** Assigned claims not yet signed off. */
  assigned: number;
  inReview: number;
  /** Distinct claims this person sent to sign-off or signed off since Monday 00:00 UTC. */
  doneThisWeek: number;
}

/** Monday 00:00 UTC of the week `now` falls in: a desk's week, the same for every reader whatever their zone. */
export function startOfWeekUtc(now: Date): Date {
  const day = (now.getUTCDay() + 6) % 7; // Monday = 0
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - day));
}

/**
 * Per person: three aggregate queries, whatever the number of people or claims. What a person did
 * this week counts every claim they moved, assigned to them or not, so a reviewer's own dashboard and
 * the editor's workload table say the same number for them.
 */
export async function loadWorkload(scope: DashboardScope, now: Date): Promise<WorkloadRow[]> {
  const since = startOfWeekUtc(now);
  const [people, assigned, done] = await Promise.all([
    prisma.user.findMany({
      where: scope.all ? { disabled: false } : { id: scope.userId },
      orderBy: { name: "asc" },
      select: { id: true, email: true, name: true, role: true },
    }),
    prisma.claim.groupBy({
      by: ["assigneeId", "state"],
      where: { ...claimWhere(scope), assigneeId: scope.all ? { not: null } : scope.userId, state: { not: "SIGNED_OFF" } },
      _count: { _all: true },
    }),
    prisma.$queryRaw<{ actorId: string; n: number | bigint }[]>`
      SELECT e."actorId" AS "actorId", COUNT(DISTINCT e."claimId") AS n
      FROM "ClaimEvent" e JOIN "Claim" c ON c."id" = e."claimId"
      WHERE e."type" = 'STATE_CHANGED' AND e."toValue" IN ('AWAITING_SIGNOFF', 'SIGNED_OFF')
        AND e."createdAt" >= ${since} AND ${scope.all ? Prisma.sql`e."actorId" IS NOT NULL` : Prisma.sql`e."actorId" = ${scope.userId}`}
        AND ${claimSql(ALL_CLAIMS)}
      GROUP BY e."actorId"`,
  ]);
  const doneBy = new Map(done.map((row) => [row.actorId, Number(row.n)]));
  return people.map((person) => {
    const mine = assigned.filter((row) => row.assigneeId === person.id);
    return {
      email: person.email,
      name: person.name,
      role: person.role,
      assigned: mine.reduce((sum, row) => sum + row._count._all, 0),
      inReview: mine.find((row) => row.state === "IN_REVIEW")?._count._all ?? 0,
      doneThisWeek: doneBy.get(person.id) ?? 0,
    };
  });
}
