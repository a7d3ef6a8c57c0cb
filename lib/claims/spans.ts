// The span of a claim: sentences merged where a quotation runs across them, split into clauses that each carry
// their own figure, and trimmed of what is not checked (list markers, datelines, "However,", attribution tails).
import { isLetterChar, type Candidate } from "./candidate";
import type { QuoteFound } from "./quotes";
import { valueWeight } from "./score";
import type { SentenceSpan } from "./types";

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

// Sticky: tried at the start of a claim.
const LIST_MARKER = /(?:[-*\u2022\u00b7\u2013\u2014]|\d{1,2}[.)])[ \t\u00a0]+/y;
const DATELINE =
  /[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Z.'-]+){0,4}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z .&]{1,30}\)\s*)?[-\u2013\u2014]+\s+/y;

const LEADING_CONNECTIVE =
  /(?:However|Moreover|Furthermore|In addition|Additionally|Meanwhile|Indeed|Still|Also|But|And|Yet|So|Thus|Hence|Consequently|Nevertheless|Nonetheless|After all|To that end|As a result|In fact|Notably|Importantly|Similarly|Likewise|Besides|Further|Instead|Of course|It should be noted that|It is worth noting that|It is worth mentioning that|Note that)\b,?\s+/y;

export interface Part {
  start: number;
  end: number;
}

function unitValues(values: Candidate[], p: Part): number {
  let n = 0;
  for (const v of values) if (v.start >= p.start && v.end <= p.end) n++;
  return n;
}

function insideQuote(quotes: QuoteFound[], i: number): boolean {
  return quotes.some((q) => q.start < i && i < q.end);
}

function strong(values: Candidate[], p: Part): boolean {
  return values.some((v) => v.start >= p.start && v.end <= p.end && valueWeight(v) >= 0.5);
}

/**
 * A unit splits into clauses that each carry their own figure: at semicolons outside quotations, and at ", and" /
 * ", but" / ", while" before a new subject ("...rose by 236,000 in March, and the unemployment rate changed little
 * at 3.5 percent"). A clause with no figure of its own stays with its neighbour.
 */
export function splitClauses(text: string, unit: Unit, quotes: QuoteFound[], values: Candidate[]): Part[] {
  const parts: Part[] = [];
  let from = unit.start;
  for (let i = text.indexOf(";", unit.start); i >= 0 && i < unit.end; i = text.indexOf(";", i + 1)) {
    if (insideQuote(quotes, i)) continue;
    parts.push({ start: from, end: i });
    from = i + 1;
  }
  parts.push({ start: from, end: unit.end });
  const clauses: Part[] = [];
  for (const p of parts) {
    let start = p.start;
    if (unitValues(values, p) < 2) {
      clauses.push(p);
      continue;
    }
    CLAUSE_JOIN.lastIndex = 0;
    const chunk = text.slice(p.start, p.end);
    for (let m = CLAUSE_JOIN.exec(chunk); m; m = CLAUSE_JOIN.exec(chunk)) {
      const at = p.start + m.index;
      const left = { start, end: at };
      const right = { start: at + m[0].length, end: p.end };
      if (insideQuote(quotes, at) || !strong(values, left) || !strong(values, right) || !standsAlone(text, left)) continue;
      clauses.push(left);
      start = right.start;
    }
    clauses.push({ start, end: p.end });
  }
  if (clauses.length === 1) return clauses;
  const withValues = clauses.filter((c) => strong(values, c));
  return withValues.length >= 1 ? withValues : [{ start: unit.start, end: unit.end }];
}

/**
 * A left clause that is only a subject with an aside ("Both the unemployment rate, at 3.5 percent, and ...") shares
 * its verb with the right one: it cannot stand alone.
 */
function standsAlone(text: string, left: Part): boolean {
  const clause = text.slice(left.start, left.end);
  if (/^\s*(?:Both|Neither|Either)\b/.test(clause)) return false;
  const comma = clause.lastIndexOf(",");
  if (comma < 0) return true;
  const lastSegment = clause.slice(comma + 1).trim();
  return !/^(?:at|of|in|with|to|from|by|for|on|about|around|up|down|or)\b/i.test(lastSegment);
}

// ", and the unemployment rate ...": a coordinating word before a new subject introduced by a determiner.
const CLAUSE_JOIN = /,\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|its|their|his|her|this|these)\s)/g;
// ", the U.S. Bureau of Labor Statistics reported today." — who reported it is not part of what is checked.
const ATTRIBUTION_TAIL =
  /,\s+(?:(?:the|a|an)\s+)?[^,;\u201c\u201d"]{2,80}?\s+(?:said|says|reported|announced|added|noted|stated|told\s+[^,;]{2,40})(?:\s+(?:on\s+\w+|today|yesterday|in\s+a\s+statement|last\s+week|this\s+week))?\.?$/;

const TAIL_LAST_WORDS = new Set(
  "said says reported announced added noted stated today yesterday statement week monday tuesday wednesday thursday friday saturday sunday".split(" "),
);

/** Cheap test before ATTRIBUTION_TAIL: the last word of the part is one an attribution tail ends with. */
function endsLikeAttribution(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && !isLetterChar(text[i])) i--;
  const last = i;
  while (i >= 0 && isLetterChar(text[i])) i--;
  return last - i >= 3 && TAIL_LAST_WORDS.has(text.slice(i + 1, last + 1).toLowerCase());
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "A" && ch <= "Z";
}

export function trimPart(text: string, p: Part, values: Candidate[], quotes: QuoteFound[]): Part {
  let { start, end } = p;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  // A list marker ("- ", "• ", "3. ") is not part of what the item asserts.
  LIST_MARKER.lastIndex = start;
  const marker = LIST_MARKER.exec(text);
  if (marker && start + marker[0].length < end) start += marker[0].length;
  // A dateline ("SAN FRANCISCO, Jan 25 (Reuters) - ", "CHICAGO — ") says where the copy was filed, not what happened.
  if (isUpper(text[start]) && isUpper(text[start + 1])) {
    DATELINE.lastIndex = start;
    const dateline = DATELINE.exec(text);
    if (dateline && start + dateline[0].length < end) start += dateline[0].length;
  }
  LEADING_CONNECTIVE.lastIndex = start;
  const lead = LEADING_CONNECTIVE.exec(text);
  if (lead && start + lead[0].length < end) start += lead[0].length;
  // Drop an attribution tail that holds no value, unless a quotation needs its speaker.
  if (endsLikeAttribution(text, end) && !quotes.some((q) => q.start >= start && q.start < end)) {
    const tail = ATTRIBUTION_TAIL.exec(text.slice(Math.max(start, end - 140), end));
    if (tail) {
      const cut = end - tail[0].length;
      if (cut > start && !values.some((v) => v.end > cut && v.start < end)) end = cut;
    }
  }
  return { start, end };
}

