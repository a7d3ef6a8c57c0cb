import type { SqlTx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/db/new-id";
import { recordClaimEvents } from "@/lib/review/events";
import { closedSetLiteral } from "@/lib/db/closed-set-literal";
import { asDate } from "@/lib/review/claim-sql";

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
  createdAt: Date | string;
}

/**
 * The automatic flags with these key prefixes of one claim, or of an article's live claims (not rejected, not
 * orphaned), as plain SQL (the same on both databases): every source attached runs this check, and a Prisma query
 * cost about a millisecond in plan compiling alone. The prefix is compared with substr, not LIKE, whose wildcards and
 * (on SQLite) case folding a key must not meet.
 */
function automaticFlagsOf(tx: SqlTx, scope: FlagScope): Promise<ExistingFlag[]> {
  if (scope.keyPrefixes.length === 0) return Promise.resolve([]);
  const prefixed = Prisma.join(scope.keyPrefixes.map((p) => Prisma.sql`substr(f."checkKey", 1, ${p.length}) = ${p}`), " OR ");
  const claims =
    "claimId" in scope
      ? Prisma.sql`f."claimId" = ${scope.claimId}`
      : Prisma.sql`f."claimId" IN (SELECT c."id" FROM "Claim" c WHERE c."articleId" = ${scope.articleId} AND c."suggestion" <> 'REJECTED' AND c."anchor" <> 'ORPHANED')`;
  return tx.$queryRaw<ExistingFlag[]>`
    SELECT f."id", f."claimId", f."checkKey", f."status", f."note", f."severity", f."resolvedById", f."createdAt"
    FROM "Flag" f
    WHERE ${claims} AND f."automatic" = TRUE AND (${prefixed})`;
}

/** The claims whose automatic flags with these key prefixes a check owns: one claim, or an article's live claims. */
type FlagScope = ({ claimId: string } | { articleId: string }) & { keyPrefixes: string[] };

/** A flag as the API gives it back. */
export type RaisedFlag = Prisma.FlagGetPayload<{ select: typeof flagSelect }>;

/**
 * Makes the automatic flags of some claims match what a check finds now: new findings are raised
 * (or an auto-resolved one reopened), findings that are gone resolve themselves with a note saying
 * why, and a flag a person dismissed stays dismissed. Each change is written to the claim's history.
 */
export async function syncAutomaticFlags(
  tx: SqlTx,
  scope: FlagScope,
  desired: DesiredFlag[],
  whyResolved: (flag: { checkKey: string | null; claimId: string }) => string,
): Promise<RaisedFlag[]> {
  const existing = await automaticFlagsOf(tx, scope);
  const key = (claimId: string, checkKey: string | null) => `${claimId}\u0000${checkKey}`;
  const byKey = new Map(existing.map((f) => [key(f.claimId, f.checkKey), f]));
  const wanted = new Set(desired.map((d) => key(d.claimId, d.checkKey)));
  const raised: RaisedFlag[] = [];

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
    // Plain SQL throughout, as above; the enum columns as literals (PostgreSQL).
    const contentSet = Prisma.sql`"kind" = ${closedSetLiteral(content.kind)}, "severity" = ${closedSetLiteral(content.severity)}, "note" = ${content.note},
      "articleSays" = ${content.articleSays}, "evidenceSays" = ${content.evidenceSays}, "sourceId" = ${content.sourceId},
      "relatedClaimId" = ${content.relatedClaimId}`;
    const shown = { claimId: flag.claimId, kind: content.kind, severity: content.severity, status: "OPEN" as const, note: content.note, articleSays: content.articleSays, evidenceSays: content.evidenceSays, automatic: true, checkKey: flag.checkKey };
    if (!found) {
      const created = { id: newId(), ...shown, createdAt: new Date() };
      await tx.$executeRaw`
        INSERT INTO "Flag" ("id", "claimId", "kind", "severity", "status", "note", "articleSays", "evidenceSays", "sourceId", "relatedClaimId", "automatic", "checkKey", "createdAt", "updatedAt")
        VALUES (${created.id}, ${flag.claimId}, ${closedSetLiteral(content.kind)}, ${closedSetLiteral(content.severity)}, 'OPEN', ${content.note}, ${content.articleSays},
                ${content.evidenceSays}, ${content.sourceId}, ${content.relatedClaimId}, TRUE, ${flag.checkKey}, ${created.createdAt}, ${created.createdAt})`;
      raised.push(created);
      await recordClaimEvents(tx, flag.claimId, null, [{ type: "FLAG_RAISED", to: `${flag.severity} ${flag.kind}`, detail: { flagId: created.id, note: flag.note } }]);
    } else if (found.status === "RESOLVED" && !found.resolvedById) {
      await tx.$executeRaw`
        UPDATE "Flag" SET ${contentSet}, "status" = 'OPEN', "resolvedAt" = NULL, "resolutionNote" = NULL, "updatedAt" = ${new Date()}
        WHERE "id" = ${found.id}`;
      raised.push({ id: found.id, ...shown, createdAt: asDate(found.createdAt) });
      await recordClaimEvents(tx, flag.claimId, null, [{ type: "FLAG_RAISED", to: `${flag.severity} ${flag.kind}`, detail: { flagId: found.id, note: flag.note, reopened: true } }]);
    } else if (found.status === "OPEN" && (found.note !== flag.note || found.severity !== flag.severity)) {
      // The commonest change: each new source contradicting a value is named in its flag's note.
      await tx.$executeRaw`UPDATE "Flag" SET ${contentSet}, "updatedAt" = ${new Date()} WHERE "id" = ${found.id}`;
    }
  }

  for (const flag of existing) {
    if (flag.status !== "OPEN" || wanted.has(key(flag.claimId, flag.checkKey))) continue;
    const note = whyResolved(flag);
    const now = new Date();
    await tx.$executeRaw`
      UPDATE "Flag" SET "status" = 'RESOLVED', "resolvedAt" = ${now}, "resolutionNote" = ${note}, "updatedAt" = ${now} WHERE "id" = ${flag.id}`;
    await recordClaimEvents(tx, flag.claimId, null, [{ type: "FLAG_RESOLVED", from: "OPEN", to: "RESOLVED", detail: { flagId: flag.id, note } }]);
  }
  return raised;
}
