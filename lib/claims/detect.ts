// Claim detection. One pass finds values, events and quotations (values.ts, quotes.ts); sentences become candidate
// claims (spans.ts: merged where a quotation runs across them; clauses.ts: one claim per assertion; trim.ts: the
// smallest span that carries it); page furniture is dropped (furniture.ts); each candidate is scored (score.ts) and
// the check-worthy ones are returned with W3C-style quote selectors.
import type { Candidate } from "./candidate";
import { sortSmall } from "./candidate";
import { furnitureOf } from "./furniture";
import { lowerBound } from "./marks";
import { scanQuotes } from "./quotes";
import type { QuoteFound, SentenceLookup } from "./quotes";
import { MIN_SCORE, quoteWeight, scoreOf, valueWeight } from "./score";
import { quoteSelector } from "./selector";
import { splitSentences } from "./sentences";
import { buildUnits, splitClauses } from "./spans";
import type { Part } from "./spans";
import { trimPart } from "./trim";
import type { TrimMark } from "./trim";
import type { ClaimValue, DetectOptions, DetectedClaim, SentenceSpan } from "./types";
import { scanText, toClaimValue } from "./values";
import type { ToneMark } from "./values";

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

export function detectClaims(text: string, options?: DetectOptions): DetectedClaim[] {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return [];
  const lookup = sentenceLookup(sentences);
  const { values, events, tones } = scanText(text, options, lookup);
  const quotes = scanQuotes(text, lookup);
  const furniture = furnitureOf(text, sentences);
  const claims: DetectedClaim[] = [];
  let vi = 0;
  let qi = 0;
  let ei = 0;
  let ti = 0;
  // Scratch lists reused for every unit: nothing keeps them, and most sentences have nothing in them.
  const unitValues: Candidate[] = [];
  const unitQuotes: QuoteFound[] = [];
  const unitEvents: ClaimValue[] = [];
  const unitTones: ToneMark[] = [];
  const unitMarks: TrimMark[] = [];
  // Each value's weight, read once per unit (valueWeight is not free) and shared by splitting and scoring.
  const weights: Weights = { values: [], events: [] };
  for (const unit of buildUnits(sentences, quotes)) {
    unitValues.length = 0;
    unitQuotes.length = 0;
    unitEvents.length = 0;
    unitTones.length = 0;
    while (vi < values.length && values[vi].start < unit.end) {
      if (values[vi].start >= unit.start) unitValues.push(values[vi]);
      vi++;
    }
    while (qi < quotes.length && quotes[qi].start < unit.end) {
      if (quotes[qi].start >= unit.start) unitQuotes.push(quotes[qi]);
      qi++;
    }
    while (ei < events.length && (events[ei].start ?? 0) < unit.end) {
      if ((events[ei].start ?? 0) >= unit.start) unitEvents.push(events[ei]);
      ei++;
    }
    while (ti < tones.length && tones[ti].at < unit.end) {
      if (tones[ti].at >= unit.start) unitTones.push(tones[ti]);
      ti++;
    }
    if (unitValues.length === 0 && unitQuotes.length === 0 && unitEvents.length === 0) continue;
    let allFurniture = true;
    for (let k = unit.first; k <= unit.last; k++) if (!furniture.has(k)) allFurniture = false;
    if (allFurniture) continue;
    weights.values.length = 0;
    weights.events.length = 0;
    for (const v of unitValues) weights.values.push(valueWeight(v));
    for (const ev of unitEvents) weights.events.push(valueWeight(ev));
    const marks = marksOf(unitMarks, weights, unitValues, unitQuotes, unitEvents);
    for (const part of splitClauses(text, unit, unitQuotes, marks)) {
      const claim = buildClaim(text, trimPart(text, part, marks, unitQuotes), weights, unitValues, unitQuotes, unitEvents, unitTones);
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

// Mark objects are reused from unit to unit: nothing keeps them, and most sentences have a value in them.
const markPool: TrimMark[] = [];

function markInto(marks: TrimMark[], start: number, end: number, weight: number, relativeDay: boolean): void {
  let m = markPool[marks.length];
  if (!m) markPool.push((m = { start, end, weight, relativeDay }));
  m.start = start;
  m.end = end;
  m.weight = weight;
  m.relativeDay = relativeDay;
  marks.push(m);
}

interface Weights {
  values: number[];
  events: number[];
}

/** Everything in a unit that can make it a claim, with its weight, in text order (for splitting and trimming). */
function marksOf(marks: TrimMark[], weights: Weights, values: Candidate[], quotes: QuoteFound[], events: ClaimValue[]): TrimMark[] {
  marks.length = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const relativeDay = v.kind === "date" && v.relative === true && (v.unit === "day" || v.unit === undefined);
    markInto(marks, v.start, v.end, weights.values[i], relativeDay);
  }
  for (const q of quotes) markInto(marks, q.innerStart, q.innerEnd, quoteWeight(q.words, Boolean(q.speaker), q.attributed), false);
  for (let i = 0; i < events.length; i++) markInto(marks, events[i].start ?? 0, events[i].end ?? 0, weights.events[i], false);
  // Values come sorted; most units have no quotation or event to merge in.
  return quotes.length || events.length ? sortSmall(marks, startOf) : marks;
}

const startOf = (m: { start: number }) => m.start;
const valueStart = (v: ClaimValue) => v.start ?? 0;

function inside(part: Part, start: number, end: number): boolean {
  return start >= part.start && end <= part.end + 1;
}

/** A claim's weights, reused from claim to claim: scoring reads them and keeps none. */
const claimWeights: number[] = [];

function buildClaim(
  text: string, part: Part, unitWeights: Weights, unitValues: Candidate[], unitQuotes: QuoteFound[], unitEvents: ClaimValue[],
  unitTones: ToneMark[],
): DetectedClaim | null {
  // Weigh first and build objects only for claims that pass: most sentences with a value are claims, but the
  // check is cheap and hedging can only lower a score.
  const weights = claimWeights;
  weights.length = 0;
  let best = -1;
  let kind: DetectedClaim["kind"] = "other";
  let bestAt = -1;
  let end = part.end;
  let miss = 1;
  // Everything is sorted by start: only the items from the part's start on are read, so a sentence split into many
  // parts costs each part its own items, not the sentence's.
  const v0 = lowerBound(unitValues, part.start, (v) => v.start);
  const q0 = lowerBound(unitQuotes, part.start, (q) => q.innerStart);
  const e0 = lowerBound(unitEvents, part.start, (e) => e.start ?? 0);
  for (let i = v0; i < unitValues.length && unitValues[i].start <= part.end; i++) {
    const v = unitValues[i];
    if (!inside(part, v.start, v.end)) continue;
    const w = unitWeights.values[i];
    weights.push(w);
    miss *= 1 - w;
    if (w > best) [best, kind, bestAt] = [w, v.kind, v.start];
    if (v.end > end) end = v.end;
  }
  for (let i = q0; i < unitQuotes.length && unitQuotes[i].innerStart <= part.end; i++) {
    const q = unitQuotes[i];
    if (!inside(part, q.innerStart, q.innerEnd)) continue;
    const w = quoteWeight(q.words, Boolean(q.speaker), q.attributed);
    if (w < 0.2) continue;
    weights.push(w);
    miss *= 1 - w;
    if (w > best) [best, kind] = [w, "quote"];
    // A quotation is typed as a quotation even when the figure weighing most is one of its own words: what is to be
    // checked is that the speaker said it.
    else if (w >= 0.5 && bestAt >= q.innerStart && bestAt < q.innerEnd) kind = "quote";
  }
  // Several events in one sentence add up, but never to more than a figure would.
  let eventMiss = 1;
  let eventBest = -1;
  for (let i = e0; i < unitEvents.length && (unitEvents[i].start ?? 0) <= part.end; i++) {
    const ev = unitEvents[i];
    if (!inside(part, ev.start ?? 0, ev.end ?? 0)) continue;
    const w = unitWeights.events[i];
    eventMiss *= 1 - w;
    eventBest = Math.max(eventBest, w);
  }
  const eventWeight = Math.min(0.7, 1 - eventMiss);
  if (eventBest > best) kind = "event";
  if (weights.length === 0 && eventBest < 0) return null;
  if (1 - miss * (1 - eventWeight) < MIN_SCORE) return null;
  const eventsOnly = eventWeight > 0 && !(best >= 0.5);
  let tone = 0;
  for (let i = lowerBound(unitTones, part.start, (t) => t.at); i < unitTones.length && unitTones[i].at < part.end; i++) {
    tone |= 1 << unitTones[i].tone;
  }
  if (eventWeight) weights.push(eventWeight);
  const score = scoreOf({ weights, sentence: text.slice(Math.max(part.start, part.end - 4), part.end), tone, eventsOnly });
  if (score < MIN_SCORE) return null;
  const values: ClaimValue[] = [];
  for (let i = v0; i < unitValues.length && unitValues[i].start <= part.end; i++) {
    if (inside(part, unitValues[i].start, unitValues[i].end)) values.push(toClaimValue(unitValues[i]));
  }
  for (let i = q0; i < unitQuotes.length && unitQuotes[i].innerStart <= part.end; i++) {
    const q = unitQuotes[i];
    if (inside(part, q.innerStart, q.innerEnd) && quoteWeight(q.words, Boolean(q.speaker), q.attributed) >= 0.2) {
      values.push(quoteValue(text, q));
    }
  }
  for (let i = e0; i < unitEvents.length && (unitEvents[i].start ?? 0) <= part.end; i++) {
    if (inside(part, unitEvents[i].start ?? 0, unitEvents[i].end ?? 0)) values.push(toClaimValue(unitEvents[i]));
  }
  sortSmall(values, valueStart);
  return { start: part.start, end, ...quoteSelector(text, part.start, end), kind, values, score };
}

/** Every value in a passage: numbers, money, dates, durations, quotations and events. */
export function extractValues(text: string, options?: DetectOptions): ClaimValue[] {
  const lookup = sentenceLookup(splitSentences(text));
  const { values, events } = scanText(text, options, lookup);
  const out: ClaimValue[] = values.map((c) => toClaimValue(c));
  for (const q of scanQuotes(text, lookup)) {
    if (quoteWeight(q.words, Boolean(q.speaker), q.attributed) >= 0.2) out.push(quoteValue(text, q));
  }
  for (const ev of events) out.push(toClaimValue(ev));
  return out.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}
