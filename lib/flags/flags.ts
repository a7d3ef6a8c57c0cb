import type { z } from "zod";
import { directRows, prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { recordClaimEvents } from "@/lib/review/events";
import { flagSelect } from "@/lib/checks/sync-flags";
import type { raiseFlagSchema, resolveFlagSchema } from "./schema";

/** A person's flag on a claim: what does not add up, and how much it matters. */
export async function raiseFlag(user: SessionUser, claimId: string, input: z.infer<typeof raiseFlagSchema>) {
  requirePermission(user, "flag:raise");
  return prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw notFound("That claim");
    const flag = await tx.flag.create({ data: { claimId, kind: input.kind, severity: input.severity, note: input.note, raisedById: user.id }, select: flagSelect });
    await recordClaimEvents(tx, claimId, user.id, [{ type: "FLAG_RAISED", to: `${input.severity} ${input.kind}`, detail: { flagId: flag.id, note: input.note } }]);
    return flag;
  });
}

/** Resolves or dismisses an open flag with a note saying why. */
export async function resolveFlag(user: SessionUser, flagId: string, input: z.infer<typeof resolveFlagSchema>) {
  requirePermission(user, "flag:resolve");
  return prisma.$transaction(async (tx) => {
    const flag = await tx.flag.findUnique({ where: { id: flagId }, select: { id: true, claimId: true, status: true } });
    if (!flag) throw notFound("That flag");
    if (flag.status !== "OPEN") throw new AppError("CONFLICT", `This flag is already ${flag.status.toLowerCase()}.`, { status: "Already closed." });
    // Only an open flag moves, so two people closing it at once cannot both succeed.
    const { count } = await tx.flag.updateMany({
      where: { id: flagId, status: "OPEN" },
      data: { status: input.status, resolutionNote: input.note, resolvedById: user.id, resolvedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", "Someone else closed this flag first.");
    await recordClaimEvents(tx, flag.claimId, user.id, [{ type: "FLAG_RESOLVED", from: "OPEN", to: input.status, detail: { flagId, note: input.note } }]);
    return tx.flag.findUniqueOrThrow({ where: { id: flagId }, select: { ...flagSelect, resolutionNote: true } });
  });
}

/** Open flags per claim of one article, all and high-severity (claims without any are absent): one grouped query. */
export async function openFlagCounts(articleId: string): Promise<Map<string, { open: number; high: number }>> {
  // Raw SQL: both reading pages ask on every request, and Prisma 6 compiles a groupBy's plan afresh each time
  // (about four times the statement's own cost).
  const rows = await directRows<{ claimId: string; severity: string; n: number }>(Prisma.sql`
    SELECT f."claimId" AS "claimId", f."severity" AS "severity", COUNT(*) AS n
    FROM "Flag" f JOIN "Claim" c ON c."id" = f."claimId"
    WHERE f."status" = 'OPEN' AND c."articleId" = ${articleId}
    GROUP BY f."claimId", f."severity"`);
  const counts = new Map<string, { open: number; high: number }>();
  for (const row of rows) {
    const n = Number(row.n);
    const entry = counts.get(row.claimId) ?? { open: 0, high: 0 };
    entry.open += n;
    if (row.severity === "HIGH") entry.high += n;
    counts.set(row.claimId, entry);
  }
  return counts;
}
