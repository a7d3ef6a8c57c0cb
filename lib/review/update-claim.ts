import { prisma, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { checkClaimChange, type ClaimSnapshot } from "./rules";
import { recordClaimEvents, type ClaimEventInput } from "./events";
import type { ClaimUpdateInput } from "./schema";
import { describeFlag } from "./labels";

/** The 409 a stale write gets, naming who changed the claim last and when. */
export async function staleVersionError(tx: Tx, claimId: string): Promise<AppError> {
  const last = await tx.claimEvent.findFirst({
    where: { claimId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  const who = last?.actor?.name ?? "someone else";
  const when = last ? ` at ${last.createdAt.toISOString().slice(11, 16)} UTC` : "";
  return new AppError(
    "CONFLICT",
    `${who} changed this claim${when} after you opened it. Reload to see their change; what you typed is kept.`,
    { version: "Stale: the claim has changed since you loaded it." },
  );
}

async function loadSnapshot(tx: Tx, claimId: string) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { id: true, state: true, verdict: true, rationale: true, correction: true, notice: true, version: true, assigneeId: true, suggestion: true },
  });
  if (!claim) throw notFound("That claim");
  const stances = await tx.citation.groupBy({
    by: ["stance"],
    where: { claimId, removedAt: null },
    _count: { _all: true },
  });
  const count = (stance: string) => stances.find((s) => s.stance === stance)?._count._all ?? 0;
  const highFlags = await tx.flag.findMany({
    where: { claimId, status: "OPEN", severity: "HIGH" },
    orderBy: { createdAt: "asc" },
    select: { kind: true, severity: true, articleSays: true, evidenceSays: true },
  });
  const snapshot: ClaimSnapshot = {
    state: claim.state,
    verdict: claim.verdict,
    rationale: claim.rationale,
    correction: claim.correction,
    notice: claim.notice,
    supportingCitations: count("SUPPORTS"),
    contradictingCitations: count("CONTRADICTS"),
    openHighFlags: highFlags.map(describeFlag),
  };
  return { claim, snapshot };
}

async function resolveAssignee(tx: Tx, email: string | null) {
  if (email === null) return { id: null, name: null };
  const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, disabled: true } });
  if (!user || user.disabled) throw new AppError("INVALID", "No active user has that email.", { assigneeEmail: "No active user has that email." });
  return user;
}

/**
 * Applies a reviewer's or editor's change to a claim: the rules decide, the write only lands on
 * the version the person read (else 409), and each changed field is recorded in the history.
 */
export async function updateClaim(user: SessionUser, claimId: string, input: ClaimUpdateInput) {
  requirePermission(user, "claim:edit");
  return prisma.$transaction(async (tx) => {
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

    // The version in the WHERE clause makes a concurrent writer that read the same version lose cleanly.
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version: input.version },
      data: { ...data, ...(claim.suggestion === "SUGGESTED" ? { suggestion: "ACCEPTED" } : {}), version: { increment: 1 } },
    });
    if (count === 0) throw await staleVersionError(tx, claimId);
    await recordClaimEvents(tx, claimId, user.id, events);
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
