// Claim detection: sentences become candidate claims (merged where a quotation runs across them, split at
// semicolons that separate independently checkable clauses), their values are attached, and those that score as
// check-worthy are returned with W3C-style quote selectors.
import type { Candidate } from "./candidate";
import { scanEvents } from "./events";
import { furnitureOf } from "./furniture";
import { scanQuotes, type QuoteFound, type SentenceLookup } from "./quotes";
import { MIN_SCORE, quoteWeight, scoreOf, valueWeight } from "./score";
import { quoteSelector } from "./selector";
import { splitSentences } from "./sentences";
import type { ClaimValue, DetectOptions, DetectedClaim, SentenceSpan } from "./types";
import { scanValues, toClaimValue } from "./values";

export function sentenceLookup(sentences: SentenceSpan[]): SentenceLookup {
  return {
    sentenceAt(at: number) {
      let lo = 0;
      let hi = sentences.length - 1;
      if (hi < 0) return undefined;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sentences[mid].start <= at) lo = mid;
        else hi = mid - 1;
      }
      return sentences[lo];
    },
  };
}

export function quoteValue(text: string, q: QuoteFound): ClaimValue {
  const words = text.slice(q.innerStart, q.innerEnd);
  return toClaimValue({ kind: "quote", value: words, text: words, start: q.innerStart, end: q.innerEnd, speaker: q.speaker });
}

interface Unit {
  start: number;
  end: number;
  first: number;
  last: number;
}

/** Sentences, merged where one quotation spans several of them. */
function buildUnits(sentences: SentenceSpan[], quotes: QuoteFound[]): Unit[] {
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

const LEADING_CONNECTIVE =
  /^(?:However|Moreover|Furthermore|In addition|Additionally|Meanwhile|Indeed|Still|Also|But|And|Yet|So|Thus|Hence|Consequently|Nevertheless|Nonetheless|After all|To that end|As a result|In fact|Notably|Importantly|Similarly|Likewise|Besides|Further|Instead|Of course|It should be noted that|It is worth noting that|It is worth mentioning that|Note that)\b,?\s+/;

interface Part {
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
function splitClauses(text: string, unit: Unit, quotes: QuoteFound[], values: Candidate[]): Part[] {
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
  const lastSegment = clause.slice(clause.lastIndexOf(",") + 1).trim();
  return !/^(?:at|of|in|with|to|from|by|for|on|about|around|up|down|or)\b/i.test(lastSegment);
}

// ", and the unemployment rate ...": a coordinating word before a new subject introduced by a determiner.
const CLAUSE_JOIN = /,\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|its|their|his|her|this|these)\s)/g;
// ", the U.S. Bureau of Labor Statistics reported today." — who reported it is not part of what is checked.
const ATTRIBUTION_TAIL =
  /,\s+(?:(?:the|a|an)\s+)?[^,;\u201c\u201d"]{2,80}?\s+(?:said|says|reported|announced|added|noted|stated|told\s+[^,;]{2,40})(?:\s+(?:on\s+\w+|today|yesterday|in\s+a\s+statement|last\s+week|this\s+week))?\.?$/;

function trimPart(text: string, p: Part, values: Candidate[], quotes: QuoteFound[]): Part {
  let { start, end } = p;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  // A list marker ("- ", "• ", "3. ") is not part of what the item asserts.
  const marker = /^(?:[-*\u2022\u00b7\u2013\u2014]|\d{1,2}[.)])\s+/.exec(text.slice(start, Math.min(end, start + 6)));
  if (marker && start + marker[0].length < end) start += marker[0].length;
  const lead = LEADING_CONNECTIVE.exec(text.slice(start, Math.min(end, start + 60)));
  if (lead && start + lead[0].length < end) start += lead[0].length;
  // Drop an attribution tail that holds no value, unless a quotation needs its speaker.
  if (!quotes.some((q) => q.start >= start && q.start < end)) {
    const tail = ATTRIBUTION_TAIL.exec(text.slice(Math.max(start, end - 140), end));
    if (tail) {
      const cut = end - tail[0].length;
      if (cut > start && !values.some((v) => v.end > cut && v.start < end)) end = cut;
    }
  }
  return { start, end };
}

export function detectClaims(text: string, options?: DetectOptions): DetectedClaim[] {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return [];
  const values = scanValues(text, options);
  const lookup = sentenceLookup(sentences);
  const quotes = scanQuotes(text, lookup);
  const events = scanEvents(text, lookup);
  const furniture = furnitureOf(text, sentences);
  const claims: DetectedClaim[] = [];
  let vi = 0;
  let qi = 0;
  let ei = 0;
  for (const unit of buildUnits(sentences, quotes)) {
    const unitValues: Candidate[] = [];
    while (vi < values.length && values[vi].start < unit.end) {
      if (values[vi].start >= unit.start) unitValues.push(values[vi]);
      vi++;
    }
    const unitQuotes: QuoteFound[] = [];
    while (qi < quotes.length && quotes[qi].start < unit.end) {
      if (quotes[qi].start >= unit.start) unitQuotes.push(quotes[qi]);
      qi++;
    }
    const unitEvents: ClaimValue[] = [];
    while (ei < events.length && (events[ei].start ?? 0) < unit.end) {
      if ((events[ei].start ?? 0) >= unit.start) unitEvents.push(events[ei]);
      ei++;
    }
    if (unitValues.length === 0 && unitQuotes.length === 0 && unitEvents.length === 0) continue;
    let allFurniture = true;
    for (let k = unit.first; k <= unit.last; k++) if (!furniture.has(k)) allFurniture = false;
    if (allFurniture) continue;
    for (const part of splitClauses(text, unit, unitQuotes, unitValues)) {
      const claim = buildClaim(text, trimPart(text, part, unitValues, unitQuotes), unitValues, unitQuotes, unitEvents);
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

function inside(part: Part, start: number, end: number): boolean {
  return start >= part.start && end <= part.end + 1;
}

function buildClaim(
  text: string, part: Part, unitValues: Candidate[], unitQuotes: QuoteFound[], unitEvents: ClaimValue[],
): DetectedClaim | null {
  // Weigh first and build objects only for claims that pass: most sentences with a value are claims, but the
  // check is cheap and hedging can only lower a score.
  const weights: number[] = [];
  let best = -1;
  let kind: DetectedClaim["kind"] = "other";
  let end = part.end;
  let miss = 1;
  for (const v of unitValues) {
    if (!inside(part, v.start, v.end)) continue;
    const w = valueWeight(v);
    weights.push(w);
    miss *= 1 - w;
    if (w > best) [best, kind] = [w, v.kind];
    if (v.end > end) end = v.end;
  }
  for (const q of unitQuotes) {
    if (!inside(part, q.innerStart, q.innerEnd)) continue;
    const w = quoteWeight(q.words, Boolean(q.speaker), q.attributed);
    if (w < 0.2) continue;
    weights.push(w);
    miss *= 1 - w;
    if (w > best) [best, kind] = [w, "quote"];
  }
  // Several events in one sentence add up, but never to more than a figure would.
  let eventMiss = 1;
  let eventBest = -1;
  for (const ev of unitEvents) {
    if (!inside(part, ev.start ?? 0, ev.end ?? 0)) continue;
    const w = valueWeight(ev);
    eventMiss *= 1 - w;
    eventBest = Math.max(eventBest, w);
  }
  const eventWeight = Math.min(0.7, 1 - eventMiss);
  if (eventBest > best) kind = "event";
  if (weights.length === 0 && eventBest < 0) return null;
  if (1 - miss * (1 - eventWeight) < MIN_SCORE) return null;
  const eventsOnly = eventWeight > 0 && !(best >= 0.5);
  const score = scoreOf({ weights: eventWeight ? [...weights, eventWeight] : weights, sentence: text.slice(part.start, part.end), eventsOnly });
  if (score < MIN_SCORE) return null;
  const values: ClaimValue[] = [];
  for (const v of unitValues) if (inside(part, v.start, v.end)) values.push(toClaimValue(v));
  for (const q of unitQuotes) {
    if (inside(part, q.innerStart, q.innerEnd) && quoteWeight(q.words, Boolean(q.speaker), q.attributed) >= 0.2) {
      values.push(quoteValue(text, q));
    }
  }
  for (const ev of unitEvents) if (inside(part, ev.start ?? 0, ev.end ?? 0)) values.push(toClaimValue(ev));
  values.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return { start: part.start, end, ...quoteSelector(text, part.start, end), kind, values, score };
}

/** Every value in a passage: numbers, money, dates, durations, quotations and events. */
export function extractValues(text: string, options?: DetectOptions): ClaimValue[] {
  const out: ClaimValue[] = scanValues(text, options).map((c) => toClaimValue(c));
  const sentences = splitSentences(text);
  for (const q of scanQuotes(text, sentenceLookup(sentences))) {
    if (quoteWeight(q.words, Boolean(q.speaker), q.attributed) >= 0.2) out.push(quoteValue(text, q));
  }
  for (const ev of scanEvents(text, sentenceLookup(sentences))) out.push(toClaimValue(ev));
  return out.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}
