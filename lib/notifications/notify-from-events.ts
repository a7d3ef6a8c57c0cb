import type { SqlTx } from "@/lib/db/client";
import type { ClaimEventInput } from "@/lib/review/events";
import { createNotifications, type NotificationDraft } from "./create-notifications";
import { shortQuote } from "./kinds";

const WATCHED = new Set(["ASSIGNED", "STATE_CHANGED"]);

/**
 * Turns a claim's new history entries into notifications in the same transaction: an assignment
 * tells the assignee; a claim awaiting sign-off tells the editors; a sign-off or a send-back tells
 * the people who worked on the claim, with the reason.
 */
export async function notifyFromEvents(tx: SqlTx, claimId: string, actorId: string | null, events: ClaimEventInput[]) {
  const relevant = events.filter((e) => WATCHED.has(e.type));
  if (relevant.length === 0) return;
  // Plain SQL throughout (the same on both databases): a claim's edit notifies inside its write's transaction.
  const [claim] = await tx.$queryRaw<{ quote: string; assigneeId: string | null; actorName: string | null }[]>`
    SELECT c."quote", c."assigneeId", (SELECT u."name" FROM "User" u WHERE u."id" = ${actorId}) AS "actorName" FROM "Claim" c WHERE c."id" = ${claimId}`;
  if (!claim) return;
  const who = claim.actorName ?? "Someone";
  const quote = shortQuote(claim.quote);
  const drafts: NotificationDraft[] = [];
  for (const event of relevant) {
    if (event.type === "ASSIGNED" && event.to) {
      const [assignee] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "email" = ${event.to}`;
      if (assignee) drafts.push({ userId: assignee.id, kind: "ASSIGNED", text: `${who} assigned you ${quote}` });
    } else if (event.type === "STATE_CHANGED" && event.to === "AWAITING_SIGNOFF") {
      const editors = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "role" IN ('EDITOR', 'ADMIN') AND "disabled" = FALSE`;
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
async function reviewersOf(tx: SqlTx, claimId: string, assigneeId: string | null): Promise<string[]> {
  const rows = await tx.$queryRaw<{ actorId: string }[]>`
    SELECT DISTINCT "actorId" FROM "ClaimEvent"
    WHERE "claimId" = ${claimId} AND "actorId" IS NOT NULL AND ("type" = 'VERDICT_PROPOSED' OR ("type" = 'STATE_CHANGED' AND "toValue" = 'AWAITING_SIGNOFF'))`;
  const ids = new Set(rows.map((r) => r.actorId));
  if (assigneeId) ids.add(assigneeId);
  return [...ids];
}
