import { extractValues } from "@/lib/claims/detect";
import type { ClaimValue } from "@/lib/claims/types";
import { splitPassages } from "./passages";
import { uniqueTerms } from "./terms";
import type { IndexedPassage, SnapshotIndex } from "./types";
import { valueKeys } from "./value-keys";

// Indexes one snapshot once, when it is kept: its passages with their key words and values. The result is plain
// data (JSON-safe), so a database can hold it beside the snapshot and the finder never re-reads the document.

export interface SnapshotInput {
  snapshotId: string;
  sourceId: string;
  text: string;
  /** The document's own date, to resolve its "last year"; null leaves such phrases unresolved. */
  publishedAt?: Date | null;
}

/** Values that carry no comparison (quotes, events) are left to the words. */
const COMPARABLE = new Set(["money", "number", "percent", "fraction", "date", "duration"]);

export function indexSnapshot(input: SnapshotInput): SnapshotIndex {
  const { text } = input;
  const spans = splitPassages(text);
  // The detector reads the whole text once (its dates need the text's context); values are then dealt to passages.
  const values = extractValues(text, { publishedAt: input.publishedAt ?? null }).filter(
    (value): value is ClaimValue & { start: number; end: number } => COMPARABLE.has(value.kind) && value.start !== undefined && value.end !== undefined,
  );
  let next = 0;
  const passages: IndexedPassage[] = spans.map((span) => {
    while (next < values.length && values[next].start < span.start) next++;
    const own: ClaimValue[] = [];
    for (let i = next; i < values.length && values[i].start < span.end; i++) if (values[i].end <= span.end) own.push(values[i]);
    const context = [span.heading, span.previous].filter((s): s is { start: number; end: number } => !!s).map((s) => text.slice(s.start, s.end)).join(" ");
    const terms = uniqueTerms(text.slice(span.start, span.end));
    const ownTerms = new Set(terms);
    return {
      start: span.start,
      end: span.end,
      terms,
      contextTerms: uniqueTerms(context).filter((term) => !ownTerms.has(term)),
      values: own,
      valueKeys: [...new Set(own.flatMap(valueKeys))],
    };
  });
  return { snapshotId: input.snapshotId, sourceId: input.sourceId, passages };
}
