import { Prisma } from "@/lib/generated/prisma/client";
import type { SqlTx } from "@/lib/db/client";
import { newId } from "@/lib/db/new-id";
import { insertRows } from "@/lib/db/insert-rows";
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
export async function recordClaimEvents(tx: SqlTx, claimId: string, actorId: string | null, events: ClaimEventInput[]) {
  await recordEvents(tx, actorId, events.map((event) => ({ claimId, event })));
  await notifyFromEvents(tx, claimId, actorId, events);
}

/** Rows per INSERT: nine parameters each stays well under SQLite's 32,766 and PostgreSQL's 65,535 a statement. */
const EVENTS_PER_STATEMENT = 1_000;

/**
 * The same, for many claims at once (deciding all of a long article's suggestions). Plain SQL, the same on both
 * databases: every write records history, and Prisma's createMany cost about a millisecond a call in plan compiling
 * alone. Ids come from newId, so entries written together keep their order in the history ((createdAt, id)).
 */
export async function recordEvents(tx: SqlTx, actorId: string | null, entries: { claimId: string; event: ClaimEventInput }[]) {
  const createdAt = new Date();
  await insertRows(
    tx,
    Prisma.sql`INSERT INTO "ClaimEvent" ("id", "claimId", "actorId", "type", "field", "fromValue", "toValue", "detail", "createdAt")`,
    entries,
    EVENTS_PER_STATEMENT,
    ({ claimId, event }) =>
      Prisma.sql`(${newId()}, ${claimId}, ${actorId}, ${event.type}, ${event.field ?? null}, ${event.from ?? null}, ${event.to ?? null}, ${event.detail ? JSON.stringify(event.detail) : null}, ${createdAt})`,
  );
}
