// The span of a claim: sentences merged where a quotation runs across them, split at semicolons and then into the
// clauses that each carry their own figure (clauses.ts); trim.ts then cuts what is not checked.
import { splitPart } from "./clauses";
import { indexWithin, positionsWithin, strongAtLeast } from "./marks";
import type { Mark, Part } from "./marks";
import type { QuoteFound } from "./quotes";
import type { SentenceSpan } from "./types";

export type { Mark, Part } from "./marks";

export interface Unit {
  start: number;
  end: number;
  first: number;
  last: number;
}

/** Sentences, merged where one quotation spans several of them. */
export function buildUnits(sentences: SentenceSpan[], quotes: QuoteFound[]): Unit[] {
  const reach = sentences.map((_, i) => i);
  let si = 0;
  for (const q of quotes) {
    while (si < sentences.length - 1 && sentences[si].end <= q.start) si++;
    let sj = si;
    while (sj < sentences.length - 1 && sentences[sj].end < q.end) sj++;
    if (sj > si) reach[si] = Math.max(reach[si], sj);
  }
  const units: Unit[] = [];
  for (let i = 0; i < sentences.length; i++) {
    let last = reach[i];
    for (let k = i; k <= last; k++) last = Math.max(last, reach[k]);
    units.push({ start: sentences[i].start, end: sentences[last].end, first: i, last });
    i = last;
  }
  return units;
}

function insideQuote(quotes: Part[], i: number): boolean {
  return quotes.some((q) => q.start < i && i < q.end);
}

/**
 * A unit splits at semicolons outside quotations, then each part into the clauses that carry their own figure
 * (splitPart). Parts without a figure of their own are dropped, unless no part has one.
 */
export function splitClauses(text: string, unit: Unit, quotes: Part[], marks: Mark[]): Part[] {
  // Most sentences have no semicolon and at most one figure: nothing to split.
  if (indexWithin(text, ";", unit.start, unit.end) < 0) {
    const whole = { start: unit.start, end: unit.end };
    return strongAtLeast(marks, unit.start, unit.end, 2) ? splitPart(text, whole, marks, quotes) : [whole];
  }
  const parts: Part[] = [];
  let from = unit.start;
  for (const i of positionsWithin(text, ";", unit.start, unit.end)) {
    if (insideQuote(quotes, i)) continue;
    parts.push({ start: from, end: i });
    from = i + 1;
  }
  parts.push({ start: from, end: unit.end });
  const clauses: Part[] = [];
  for (const p of parts) {
    if (!strongAtLeast(marks, p.start, p.end, 2)) clauses.push(p);
    else for (const c of splitPart(text, p, marks, quotes)) clauses.push(c);
  }
  if (clauses.length === 1) return clauses;
  const withValues = clauses.filter((c) => strongAtLeast(marks, c.start, c.end, 1));
  return withValues.length >= 1 ? withValues : [{ start: unit.start, end: unit.end }];
}
