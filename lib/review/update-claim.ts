import { Prisma } from "@/lib/generated/prisma/client";
import { sqlTransaction, type SqlTx } from "@/lib/db/client";
import { asDate } from "./claim-sql";
import { closedSetLiteral } from "@/lib/db/closed-set-literal";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { checkClaimChange, type ClaimSnapshot } from "./rules";
import { recordEvents, type ClaimEventInput } from "./events";
import { notifyFromEvents } from "@/lib/notifications/notify-from-events";
import type { ClaimUpdateInput } from "./schema";
import { describeFlag } from "./labels";

/** The 409 a stale write gets, naming who changed the claim last and when. */
export async function staleVersionError(tx: SqlTx, claimId: string): Promise<AppError> {
  const [last] = await tx.$queryRaw<{ createdAt: Date | string; actorName: string | null }[]>`
    SELECT e."createdAt", u."name" AS "actorName" FROM "ClaimEvent" e LEFT JOIN "User" u ON u."id" = e."actorId"
    WHERE e."claimId" = ${claimId} ORDER BY e."createdAt" DESC, e."id" DESC LIMIT 1`;
  const who = last?.actorName ?? "someone else";
  const when = last ? ` at ${asDate(last.createdAt).toISOString().slice(11, 16)} UTC` : "";
  return new AppError(
    "CONFLICT",
    `${who} changed this claim${when} after you opened it. Reload to see their change; what you typed is kept.`,
    { version: "Stale: the claim has changed since you loaded it." },
  );
}

interface ClaimRowForUpdate {
  id: string;
  state: ClaimSnapshot["state"];
  verdict: ClaimSnapshot["verdict"];
  rationale: string | null;
  correction: string | null;
  notice: string | null;
  version: number | bigint;
  assigneeId: string | null;
  suggestion: string;
}

/** The claim's row and its citations by stance, with one of its open high-severity flags per row (nulls when none). */
interface SnapshotRow extends ClaimRowForUpdate {
  supporting: number | bigint;
  contradicting: number | bigint;
  flagKind: string | null;
  flagSeverity: string | null;
  flagArticleSays: string | null;
  flagEvidenceSays: string | null;
}

// The claim as a change is checked against, as plain SQL (the same on both databases): a claim's edit is among the
// commonest writes, and Prisma's model queries cost about a millisecond each in plan compiling alone (bench:load).
// One statement, a row per open high-severity flag (one row when there is none): every round trip inside the
// transaction is one more the others editing this claim wait for.
async function loadSnapshot(tx: SqlTx, claimId: string) {
  const rows = await tx.$queryRaw<SnapshotRow[]>`
    SELECT c."id", c."state", c."verdict", c."rationale", c."correction", c."notice", c."version", c."assigneeId", c."suggestion",
      (SELECT COUNT(*) FROM "Citation" t WHERE t."claimId" = c."id" AND t."removedAt" IS NULL AND t."stance" = 'SUPPORTS') AS "supporting",
      (SELECT COUNT(*) FROM "Citation" t WHERE t."claimId" = c."id" AND t."removedAt" IS NULL AND t."stance" = 'CONTRADICTS') AS "contradicting",
      f."kind" AS "flagKind", f."severity" AS "flagSeverity", f."articleSays" AS "flagArticleSays", f."evidenceSays" AS "flagEvidenceSays"
    FROM "Claim" c
    LEFT JOIN "Flag" f ON f."claimId" = c."id" AND f."status" = 'OPEN' AND f."severity" = 'HIGH'
    WHERE c."id" = ${claimId}
    ORDER BY f."createdAt", f."id"`;
  const [row] = rows;
  if (!row) throw notFound("That claim");
  const { supporting, contradicting, flagKind, flagSeverity, flagArticleSays, flagEvidenceSays, ...claimRow } = row;
  const claim = { ...claimRow, version: Number(row.version) };
  const highFlags = rows.flatMap((r) => (r.flagKind === null ? [] : [{ kind: r.flagKind, severity: r.flagSeverity!, articleSays: r.flagArticleSays, evidenceSays: r.flagEvidenceSays }]));
  const snapshot: ClaimSnapshot = {
    state: claim.state,
    verdict: claim.verdict,
    rationale: claim.rationale,
    correction: claim.correction,
    notice: claim.notice,
    supportingCitations: Number(supporting),
    contradictingCitations: Number(contradicting),
    openHighFlags: highFlags.map(describeFlag),
  };
  return { claim, snapshot };
}

/** An enum column's new value (or none) as SQL. */
const enumOrNull = (value: unknown) => (value === null || value === undefined ? Prisma.sql`NULL` : closedSetLiteral(String(value)));

/** The SET list of a claim's update: the enum columns as literals (PostgreSQL), the rest as parameters. */
function claimAssignments(data: Record<string, unknown>): Prisma.Sql[] {
  const set: Prisma.Sql[] = [];
  for (const [column, value] of Object.entries(data)) {
    if (column === "state" || column === "verdict" || column === "suggestion") set.push(Prisma.sql`${Prisma.raw(`"${column}"`)} = ${enumOrNull(value)}`);
    else if (column === "rationale" || column === "correction" || column === "notice" || column === "assigneeId") set.push(Prisma.sql`${Prisma.raw(`"${column}"`)} = ${value as string | null}`);
    else throw new AppError("INTERNAL", `Not a claim column this update writes: ${column}.`);
  }
  return set;
}

async function resolveAssignee(tx: SqlTx, email: string | null) {
  if (email === null) return { id: null, name: null };
  const [user] = await tx.$queryRaw<{ id: string; name: string; disabled: boolean }[]>`SELECT "id", "name", "disabled" FROM "User" WHERE "email" = ${email}`;
  if (!user || user.disabled) throw new AppError("INVALID", "No active user has that email.", { assigneeEmail: "No active user has that email." });
  return user;
}

/**
 * Applies a reviewer's or editor's change to a claim: the rules decide, the write only lands on
 * the version the person read (else 409), and each changed field is recorded in the history.
 */
export async function updateClaim(user: SessionUser, claimId: string, input: ClaimUpdateInput) {
  requirePermission(user, "claim:edit");
  return sqlTransaction(async (tx) => {
    const { claim, snapshot } = await loadSnapshot(tx, claimId);
    if (claim.version !== input.version) throw await staleVersionError(tx, claimId);

    const verdict = check(user, snapshot, input);
    const events: ClaimEventInput[] = [];
    const data: Record<string, unknown> = {};
    const fields = [
      ["state", "STATE_CHANGED"],
      ["verdict", "VERDICT_PROPOSED"],
      ["rationale", "RATIONALE_CHANGED"],
      ["correction", "CORRECTION_CHANGED"],
      ["notice", "NOTICE_CHANGED"],
    ] as const;
    for (const [field, type] of fields) {
      const before = snapshot[field];
      const after = verdict[field];
      if (before === after) continue;
      data[field] = after;
      events.push({ type, field, from: before, to: after, ...(field === "state" ? stateDetail(snapshot, after, input) : {}) });
    }

    if (input.assigneeEmail !== undefined) {
      requirePermission(user, "claim:assign", "Only editors and admins assign claims.");
      const assignee = await resolveAssignee(tx, input.assigneeEmail);
      if (assignee.id !== claim.assigneeId) {
        data.assigneeId = assignee.id;
        // The history names the person; the email stays the event's value for the API.
        events.push({ type: "ASSIGNED", field: "assignee", from: claim.assigneeId, to: input.assigneeEmail, ...(assignee.name ? { detail: { assigneeName: assignee.name } } : {}) });
      }
    }
    if (events.length === 0) return { changed: false };

    // The history before the claim's row: the row's lock is then held for fewer round trips before the commit, so
    // reviewers editing one claim wait less for each other (PostgreSQL, bench:load).
    await recordEvents(tx, user.id, events.map((event) => ({ claimId, event })));
    // The version in the WHERE clause makes a concurrent writer that read the same version lose cleanly, history and all.
    const set = claimAssignments({ ...data, ...(claim.suggestion === "SUGGESTED" ? { suggestion: "ACCEPTED" } : {}) });
    const count = await tx.$executeRaw`
      UPDATE "Claim" SET ${Prisma.join(set)}, "version" = "version" + 1, "updatedAt" = ${new Date()}
      WHERE "id" = ${claimId} AND "version" = ${input.version}`;
    if (count === 0) throw await staleVersionError(tx, claimId);
    // After the row's update, so that notifications see the claim as changed (its new assignee).
    await notifyFromEvents(tx, claimId, user.id, events);
    return { changed: true };
  });
}

/** Why a state changed: the reason to send back or reopen, and an override of open HIGH flags with the flags it passed over. */
function stateDetail(snapshot: ClaimSnapshot, to: unknown, input: ClaimUpdateInput) {
  const detail: Record<string, unknown> = {};
  if (input.reason) detail.reason = input.reason;
  const open = snapshot.openHighFlags ?? [];
  if (to === "SIGNED_OFF" && open.length > 0 && input.overrideOpenFlags) {
    detail.overrideOpenFlags = input.overrideOpenFlags;
    detail.openFlags = open;
  }
  return Object.keys(detail).length > 0 ? { detail } : {};
}

function check(user: SessionUser, snapshot: ClaimSnapshot, input: ClaimUpdateInput): ClaimSnapshot {
  const result = checkClaimChange(user.role, snapshot, input);
  if (!result.ok) throw new AppError(result.code, result.message, result.fields);
  return result.next;
}
