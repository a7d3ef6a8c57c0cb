import type { Tx } from "@/lib/db/client";
import { notifyFromEvents } from "@/lib/notifications/notify-from-events";

export type ClaimEventType =
  | "CLAIM_CREATED"
  | "STATE_CHANGED"
  | "VERDICT_PROPOSED"
  | "RATIONALE_CHANGED"
  | "CORRECTION_CHANGED"
  | "NOTICE_CHANGED"
  | "ASSIGNED"
  | "CITATION_ADDED"
  | "CITATION_EDITED"
  | "CITATION_REMOVED"
  | "ANCHOR_CHANGED"
  | "SUGGESTION_ACCEPTED"
  | "SUGGESTION_REJECTED"
  | "FLAG_RAISED"
  | "FLAG_RESOLVED"
  | "COMMENT_ADDED"
  | "MATCH_CONFIRMED"
  | "MATCH_REJECTED";

export interface ClaimEventInput {
  type: ClaimEventType;
  field?: string;
  from?: string | null;
  to?: string | null;
  detail?: Record<string, unknown>;
}

/** Appends events to a claim's history inside the caller's transaction, so change and record commit together. */
export async function recordClaimEvents(tx: Tx, claimId: string, actorId: string | null, events: ClaimEventInput[]) {
  await recordEvents(tx, actorId, events.map((event) => ({ claimId, event })));
  await notifyFromEvents(tx, claimId, actorId, events);
}

/** The same, for many claims at once (one statement: deciding all of a long article's suggestions). */
export async function recordEvents(tx: Tx, actorId: string | null, entries: { claimId: string; event: ClaimEventInput }[]) {
  if (entries.length === 0) return;
  await tx.claimEvent.createMany({
    data: entries.map(({ claimId, event }) => ({
      claimId,
      actorId,
      type: event.type,
      field: event.field ?? null,
      fromValue: event.from ?? null,
      toValue: event.to ?? null,
      detail: event.detail ? JSON.stringify(event.detail) : null,
    })),
  });
}
