// Claim detection: sentences become candidate claims (merged where a quotation runs across them, split at
// semicolons that separate independently checkable clauses), their values are attached, and those that score as
// check-worthy are returned with W3C-style quote selectors.
import type { Candidate } from "./candidate";
import { scanEvents } from "./events";
import { furnitureOf } from "./furniture";
import { scanQuotes, type QuoteFound, type SentenceLookup } from "./quotes";
import { MIN_SCORE, primaryKind, quoteWeight, scoreOf, valueWeight } from "./score";
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

/** Semicolons outside quotations split a unit into clauses; each clause with its own values is its own claim. */
function splitClauses(text: string, unit: Unit, quotes: QuoteFound[], values: Candidate[]): Part[] {
  const parts: Part[] = [];
  let from = unit.start;
  for (let i = unit.start; i < unit.end; i++) {
    if (text.charCodeAt(i) !== 59 /* ; */) continue;
    if (quotes.some((q) => q.start < i && i < q.end)) continue;
    parts.push({ start: from, end: i });
    from = i + 1;
  }
  parts.push({ start: from, end: unit.end });
  if (parts.length === 1) return parts;
  const strong = (p: Part) => values.some((v) => v.start >= p.start && v.end <= p.end && valueWeight(v) >= 0.5);
  const withValues = parts.filter(strong);
  return withValues.length >= 1 ? withValues : [{ start: unit.start, end: unit.end }];
}

function trimPart(text: string, p: Part): Part {
  let { start, end } = p;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const lead = LEADING_CONNECTIVE.exec(text.slice(start, Math.min(end, start + 60)));
  if (lead && start + lead[0].length < end) start += lead[0].length;
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
    let allFurniture = true;
    for (let k = unit.first; k <= unit.last; k++) if (!furniture.has(k)) allFurniture = false;
    if (allFurniture) continue;
    for (const part of splitClauses(text, unit, unitQuotes, unitValues)) {
      const claim = buildClaim(text, trimPart(text, part), unitValues, unitQuotes, unitEvents);
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

function buildClaim(
  text: string, part: Part, unitValues: Candidate[], unitQuotes: QuoteFound[], unitEvents: ClaimValue[],
): DetectedClaim | null {
  const inPart = (s: number, e: number) => s >= part.start && e <= part.end + 1;
  const values: ClaimValue[] = [];
  const weights: number[] = [];
  const partText = text.slice(part.start, part.end);
  let end = part.end;
  const nums = unitValues.filter((v) => inPart(v.start, v.end));
  for (const v of nums) {
    values.push(toClaimValue(v));
    weights.push(valueWeight(v));
    end = Math.max(end, v.end);
  }
  for (const q of unitQuotes) {
    if (!inPart(q.innerStart, q.innerEnd)) continue;
    const w = quoteWeight(q.words, Boolean(q.speaker), q.attributed);
    if (w < 0.2) continue;
    values.push(quoteValue(text, q));
    weights.push(w);
  }
  // Several events in one sentence add up, but never to more than a figure would.
  let eventMiss = 1;
  for (const ev of unitEvents) {
    if (!inPart(ev.start ?? 0, ev.end ?? 0)) continue;
    const w = valueWeight(ev);
    values.push(toClaimValue(ev));
    weights.push(0);
    eventMiss *= 1 - w;
  }
  const eventWeight = Math.min(0.7, 1 - eventMiss);
  if (values.length === 0) return null;
  const eventsOnly = eventWeight > 0 && weights.every((w) => w < 0.5);
  const score = scoreOf({ weights: eventWeight ? [...weights, eventWeight] : weights, sentence: partText, eventsOnly });
  if (score < MIN_SCORE) return null;
  values.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  const kind = primaryKind(values, values.map((v) => weightForKind(v, unitQuotes)));
  return { start: part.start, end, ...quoteSelector(text, part.start, end), kind, values, score };
}

function weightForKind(v: ClaimValue, quotes: QuoteFound[]): number {
  if (v.kind === "quote") {
    const q = quotes.find((x) => x.innerStart === v.start);
    return q ? quoteWeight(q.words, Boolean(q.speaker), q.attributed) : 0.3;
  }
  return valueWeight(v);
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
