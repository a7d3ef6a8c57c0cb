import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordClaimEvents } from "@/lib/review/events";
import { closedSetLiteral } from "@/lib/db/closed-set-literal";

export interface DesiredFlag {
  claimId: string;
  /** What the flag is about; the same key is never raised twice on a claim. */
  checkKey: string;
  kind: "NUMBER_MISMATCH" | "DATE_MISMATCH" | "NAME_OR_SPELLING" | "INTERNAL_CONTRADICTION";
  severity: "LOW" | "MEDIUM" | "HIGH";
  note: string;
  articleSays?: string;
  evidenceSays?: string;
  sourceId?: string;
  relatedClaimId?: string;
}

export const flagSelect = {
  id: true,
  claimId: true,
  kind: true,
  severity: true,
  status: true,
  note: true,
  articleSays: true,
  evidenceSays: true,
  automatic: true,
  checkKey: true,
  createdAt: true,
} as const;

/** What syncing needs to know of a flag already there. */
interface ExistingFlag {
  id: string;
  claimId: string;
  checkKey: string | null;
  status: string;
  note: string;
  severity: string;
  resolvedById: string | null;
}

function automaticFlagsOf(tx: Tx, claims: Prisma.ClaimWhereInput, keyPrefixes: string[]): Promise<ExistingFlag[]> {
  return tx.flag.findMany({
    where: { claim: claims, automatic: true, OR: keyPrefixes.map((p) => ({ checkKey: { startsWith: p } })) },
    select: { id: true, claimId: true, checkKey: true, status: true, note: true, severity: true, resolvedById: true },
  });
}

/**
 * One claim's, as plain SQL (the same on both databases): every source attached runs this check, and the Prisma query
 * above cost about a millisecond in plan compiling alone. The prefix is compared with substr, not LIKE, whose
 * wildcards and (on SQLite) case folding a key must not meet.
 */
function automaticFlagsOfClaim(tx: Tx, claimId: string, keyPrefixes: string[]): Promise<ExistingFlag[]> {
  if (keyPrefixes.length === 0) return Promise.resolve([]);
  const prefixed = Prisma.join(keyPrefixes.map((p) => Prisma.sql`substr(f."checkKey", 1, ${p.length}) = ${p}`), " OR ");
  return tx.$queryRaw<ExistingFlag[]>`
    SELECT f."id", f."claimId", f."checkKey", f."status", f."note", f."severity", f."resolvedById"
    FROM "Flag" f
    WHERE f."claimId" = ${claimId} AND f."automatic" = TRUE AND (${prefixed})`;
}

/**
 * Makes the automatic flags of some claims match what a check finds now: new findings are raised
 * (or an auto-resolved one reopened), findings that are gone resolve themselves with a note saying
 * why, and a flag a person dismissed stays dismissed. Each change is written to the claim's history.
 */
export async function syncAutomaticFlags(
  tx: Tx,
  /**
   * The claims whose automatic flags with these key prefixes this check owns: one claim by its id, or a filter (not a
   * list of ids: an article may hold thousands).
   */
  scope: ({ claimId: string } | { claims: Prisma.ClaimWhereInput }) & { keyPrefixes: string[] },
  desired: DesiredFlag[],
  whyResolved: (flag: { checkKey: string | null; claimId: string }) => string,
) {
  const existing = "claimId" in scope ? await automaticFlagsOfClaim(tx, scope.claimId, scope.keyPrefixes) : await automaticFlagsOf(tx, scope.claims, scope.keyPrefixes);
  const key = (claimId: string, checkKey: string | null) => `${claimId}\u0000${checkKey}`;
  const byKey = new Map(existing.map((f) => [key(f.claimId, f.checkKey), f]));
  const wanted = new Set(desired.map((d) => key(d.claimId, d.checkKey)));
  const raised: { id: string; kind: string; severity: string; note: string; claimId: string }[] = [];

  for (const flag of desired) {
    const found = byKey.get(key(flag.claimId, flag.checkKey));
    const content = {
      kind: flag.kind,
      severity: flag.severity,
      note: flag.note,
      articleSays: flag.articleSays ?? null,
      evidenceSays: flag.evidenceSays ?? null,
      sourceId: flag.sourceId ?? null,
      relatedClaimId: flag.relatedClaimId ?? null,
    };
    if (!found) {
      const created = await tx.flag.create({ data: { claimId: flag.claimId, checkKey: flag.checkKey, automatic: true, ...content }, select: flagSelect });
      raised.push(created);
      await recordClaimEvents(tx, flag.claimId, null, [{ type: "FLAG_RAISED", to: `${flag.severity} ${flag.kind}`, detail: { flagId: created.id, note: flag.note } }]);
    } else if (found.status === "RESOLVED" && !found.resolvedById) {
      const reopened = await tx.flag.update({ where: { id: found.id }, data: { ...content, status: "OPEN", resolvedAt: null, resolutionNote: null }, select: flagSelect });
      raised.push(reopened);
      await recordClaimEvents(tx, flag.claimId, null, [{ type: "FLAG_RAISED", to: `${flag.severity} ${flag.kind}`, detail: { flagId: found.id, note: flag.note, reopened: true } }]);
    } else if (found.status === "OPEN" && (found.note !== flag.note || found.severity !== flag.severity)) {
      // The commonest change (each new source contradicting a value is named in its flag's note), as plain SQL.
      await tx.$executeRaw`
        UPDATE "Flag" SET "kind" = ${closedSetLiteral(content.kind)}, "severity" = ${closedSetLiteral(content.severity)}, "note" = ${content.note},
          "articleSays" = ${content.articleSays}, "evidenceSays" = ${content.evidenceSays}, "sourceId" = ${content.sourceId},
          "relatedClaimId" = ${content.relatedClaimId}, "updatedAt" = ${new Date()}
        WHERE "id" = ${found.id}`;
    }
  }

  for (const flag of existing) {
    if (flag.status !== "OPEN" || wanted.has(key(flag.claimId, flag.checkKey))) continue;
    const note = whyResolved(flag);
    await tx.flag.update({ where: { id: flag.id }, data: { status: "RESOLVED", resolvedAt: new Date(), resolutionNote: note } });
    await recordClaimEvents(tx, flag.claimId, null, [{ type: "FLAG_RESOLVED", from: "OPEN", to: "RESOLVED", detail: { flagId: flag.id, note } }]);
  }
  return raised;
}
