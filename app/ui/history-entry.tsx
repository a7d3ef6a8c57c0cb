import type { HistoryEvent } from "@/lib/review/claim-detail";
import { ANCHOR_LABEL, FLAG_KIND_LABEL, FLAG_STATUS_LABEL, SEVERITY_LABEL, STANCE_LABEL, STATE_LABEL, VERDICT_LABEL, formatDateTime } from "./labels";

const label = (value: string | null, table: Record<string, string>) => (value ? (table[value] ?? value) : "none");
const quoted = (text: string | null) => (text ? `“${text.length > 80 ? `${text.slice(0, 80)}…` : text}”` : "nothing");

/** "HIGH NUMBER_MISMATCH", as a flag event stores it, in words: "high number mismatch". */
function flagWords(stored: string | null): string {
  const [severity, kind] = String(stored ?? "").split(" ");
  return [SEVERITY_LABEL[severity] ?? severity, FLAG_KIND_LABEL[kind] ?? kind].filter(Boolean).join(" ").toLowerCase();
}

/** One line of history, in words a desk understands. */
export function describeEvent(event: HistoryEvent): string {
  const detail = (event.detail ?? {}) as Record<string, string | undefined> & { openFlags?: string[] };
  switch (event.type) {
    case "CLAIM_CREATED":
      return detail.origin === "MANUAL" ? "made this claim by hand" : detail.origin === "CHECKER" ? "marked this text for a consistency flag" : "created this claim from detection";
    case "STATE_CHANGED":
      return `moved it from ${label(event.from, STATE_LABEL)} to ${label(event.to, STATE_LABEL)}${detail.reason ? ` — “${detail.reason}”` : ""}${
        detail.overrideOpenFlags ? ` despite open flags (${(detail.openFlags ?? []).join("; ")}) — “${detail.overrideOpenFlags}”` : ""
      }`;
    case "VERDICT_PROPOSED":
      return `set the verdict from ${label(event.from, VERDICT_LABEL)} to ${label(event.to, VERDICT_LABEL)}`;
    case "RATIONALE_CHANGED":
      return `changed the rationale to ${quoted(event.to)}`;
    case "CORRECTION_CHANGED":
      return `changed the suggested correction to ${quoted(event.to)}`;
    case "NOTICE_CHANGED":
      return event.to ? `worded the correction notice: ${quoted(event.to)}` : "returned the correction notice to its generated wording";
    case "ASSIGNED":
      return event.to ? `assigned it to ${detail.assigneeName ?? event.to}` : "unassigned it";
    case "CITATION_ADDED":
      return `attached “${detail.source ?? "a source"}” (${label(event.to, STANCE_LABEL)})`;
    case "FLAG_RAISED":
      return `${detail.reopened ? "reopened" : "raised"} a ${flagWords(event.to)} flag${detail.note ? `: ${detail.note}` : ""}`;
    case "FLAG_RESOLVED":
      return `marked a flag ${label(event.to, FLAG_STATUS_LABEL).toLowerCase()}${detail.note ? ` — ${detail.note}` : ""}`;
    case "CITATION_EDITED":
      return `edited the citation of “${detail.source ?? "a source"}”${event.from !== event.to ? ` (${label(event.from, STANCE_LABEL)} → ${label(event.to, STANCE_LABEL)})` : ""}`;
    case "CITATION_REMOVED":
      return `removed the citation of “${detail.source ?? "a source"}”`;
    case "ANCHOR_CHANGED":
      return `revised the article (revision ${detail.revision ?? "?"}): ${label(event.to, ANCHOR_LABEL).toLowerCase()}${detail.toQuote !== detail.fromQuote ? `, now ${quoted(detail.toQuote ?? null)}` : ""}`;
    case "SUGGESTION_ACCEPTED":
      return "accepted the suggestion";
    case "SUGGESTION_REJECTED":
      return "rejected the suggestion";
    case "COMMENT_ADDED":
      return "commented";
    default:
      return "changed it";
  }
}

/** One line of history: who, what, when. Rendered on the server, and in the browser for the entries folded away. */
export function HistoryEntry({ event }: { event: HistoryEvent }) {
  return (
    <li>
      <span className="who">{event.actor?.name ?? "Claimdesk"}</span> {describeEvent(event)}
      <time className="muted small" dateTime={event.createdAt}>
        {" "}
        · {formatDateTime(event.createdAt)}
      </time>
    </li>
  );
}
