import type { Tx } from "@/lib/db/client";
import type { ClaimEventInput } from "@/lib/review/events";
import { createNotifications, type NotificationDraft } from "./create-notifications";
import { shortQuote } from "./kinds";

const WATCHED = new Set(["ASSIGNED", "STATE_CHANGED"]);

/**
 * Turns a claim's new history entries into notifications in the same transaction: an assignment
 * tells the assignee; a claim awaiting sign-off tells the editors; a sign-off or a send-back tells
 * the people who worked on the claim, with the reason.
 */
export async function notifyFromEvents(tx: Tx, claimId: string, actorId: string | null, events: ClaimEventInput[]) {
  const relevant = events.filter((e) => WATCHED.has(e.type));
  if (relevant.length === 0) return;
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { quote: true, assigneeId: true } });
  if (!claim) return;
  const actor = actorId ? await tx.user.findUnique({ where: { id: actorId }, select: { name: true } }) : null;
  const who = actor?.name ?? "Someone";
  const quote = shortQuote(claim.quote);
  const drafts: NotificationDraft[] = [];
  for (const event of relevant) {
    if (event.type === "ASSIGNED" && event.to) {
      const assignee = await tx.user.findUnique({ where: { email: event.to }, select: { id: true } });
      if (assignee) drafts.push({ userId: assignee.id, kind: "ASSIGNED", text: `${who} assigned you ${quote}` });
    } else if (event.type === "STATE_CHANGED" && event.to === "AWAITING_SIGNOFF") {
      const editors = await tx.user.findMany({ where: { role: { in: ["EDITOR", "ADMIN"] }, disabled: false }, select: { id: true } });
      for (const e of editors) drafts.push({ userId: e.id, kind: "AWAITING_SIGNOFF", text: `${who} sent ${quote} for sign-off` });
    } else if (event.type === "STATE_CHANGED" && event.to === "SIGNED_OFF") {
      for (const id of await reviewersOf(tx, claimId, claim.assigneeId)) drafts.push({ userId: id, kind: "SIGNED_OFF", text: `${who} signed off ${quote}` });
    } else if (event.type === "STATE_CHANGED" && event.to === "IN_REVIEW" && (event.from === "AWAITING_SIGNOFF" || event.from === "SIGNED_OFF")) {
      const reason = typeof event.detail?.reason === "string" && event.detail.reason ? `: ${event.detail.reason}` : "";
      for (const id of await reviewersOf(tx, claimId, claim.assigneeId)) drafts.push({ userId: id, kind: "SENT_BACK", text: `${who} sent back ${quote}${reason}` });
    }
  }
  await createNotifications(tx, claimId, actorId, drafts);
}

/** Whoever proposed a verdict or sent the claim for sign-off, and its assignee. */
async function reviewersOf(tx: Tx, claimId: string, assigneeId: string | null): Promise<string[]> {
  const rows = await tx.claimEvent.findMany({
    where: { claimId, actorId: { not: null }, OR: [{ type: "VERDICT_PROPOSED" }, { type: "STATE_CHANGED", toValue: "AWAITING_SIGNOFF" }] },
    select: { actorId: true },
    distinct: ["actorId"],
  });
  const ids = new Set(rows.map((r) => r.actorId!));
  if (assigneeId) ids.add(assigneeId);
  return [...ids];
}
