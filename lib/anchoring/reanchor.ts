import { OffsetMap } from "./offset-map";
import { quoteSelector } from "@/lib/claims";

export interface AnchoredSpan {
  id: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export type Reanchored =
  | { id: string; anchor: "ANCHORED"; start: number; end: number; how: "position" | "quote" }
  | { id: string; anchor: "TEXT_CHANGED"; start: number; end: number; newQuote: string }
  | { id: string; anchor: "ORPHANED"; start: number; end: number };

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The occurrence of the exact quote whose surroundings best match the remembered prefix and suffix. */
function findByQuote(body: string, span: AnchoredSpan): number | null {
  if (!span.quote) return null;
  const scored: { at: number; score: number }[] = [];
  for (let at = body.indexOf(span.quote); at !== -1; at = body.indexOf(span.quote, at + 1)) {
    const context = quoteSelector(body, at, at + span.quote.length);
    scored.push({ at, score: commonSuffixLength(context.prefix, span.prefix) + commonPrefixLength(context.suffix, span.suffix) });
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score);
  // Two equally good places: refuse to guess.
  if (scored.length > 1 && scored[0].score === scored[1].score) return null;
  return scored[0].at;
}

/**
 * Finds every claim again in a revised body: by position when the text there is unchanged, then
 * by its exact quote with its context. A claim whose exact words are gone is TEXT_CHANGED with
 * the wording that replaced it, never moved onto similar text; one whose text was deleted is ORPHANED.
 */
export function reanchor(oldBody: string, newBody: string, spans: AnchoredSpan[]): Reanchored[] {
  const map = OffsetMap.between(oldBody, newBody);
  return spans.map((span): Reanchored => {
    if (map && !map.touches(span.start, span.end)) {
      const start = map.mapStart(span.start);
      const end = start + span.quote.length;
      if (newBody.slice(start, end) === span.quote) return { id: span.id, anchor: "ANCHORED", start, end, how: "position" };
    }
    const found = findByQuote(newBody, span);
    if (found !== null) return { id: span.id, anchor: "ANCHORED", start: found, end: found + span.quote.length, how: "quote" };
    if (map) {
      const start = map.mapStart(span.start);
      const end = Math.max(start, map.mapEnd(span.end));
      const newQuote = newBody.slice(start, end);
      if (newQuote.trim()) return { id: span.id, anchor: "TEXT_CHANGED", start, end, newQuote };
      return { id: span.id, anchor: "ORPHANED", start, end: start };
    }
    return { id: span.id, anchor: "ORPHANED", start: 0, end: 0 };
  });
}
