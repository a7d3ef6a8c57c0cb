/** One Server-Sent Event for an article's stream. `id` is the feed position `createdAtMs-rowId`. */
export interface LiveEvent {
  id?: string;
  event: "claim" | "citation" | "flag" | "comment" | "presence" | "revision";
  data: Record<string, unknown> & { claimId: string | null };
}

const EVENT_OF_TYPE: Record<string, LiveEvent["event"]> = {
  CITATION_ADDED: "citation",
  CITATION_EDITED: "citation",
  CITATION_REMOVED: "citation",
  FLAG_RAISED: "flag",
  FLAG_RESOLVED: "flag",
  COMMENT_ADDED: "comment",
};

export function eventNameOf(type: string): LiveEvent["event"] {
  return EVENT_OF_TYPE[type] ?? "claim";
}

export function positionOf(createdAt: Date, id: string): string {
  return `${createdAt.getTime()}-${id}`;
}

/** A `Last-Event-ID` back to a time; anything unreadable means "from now". */
export function parsePosition(value: string | null): { ms: number; id: string } | null {
  const match = value?.match(/^(\d{1,15})-([\w-]{1,64})$/);
  return match ? { ms: Number(match[1]), id: match[2] } : null;
}

export function formatSse(e: LiveEvent): string {
  return `${e.id ? `id: ${e.id}\n` : ""}event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`;
}
