// Runs every value scanner over a text and keeps, where two readings overlap, the longer one ("more than $200
// billion" over "200 billion"), then the more specific kind (a year over a plain number). Forms that start with a
// digit or a symbol are found by their own (cheap) regexes; forms that start with a word are found in one pass over
// the words (words.ts).
import type { Candidate } from "./candidate";
import { sortSmall } from "./candidate";
import { DateScan, MONTH_WORDS } from "./dates";
import { DURATION_WORDS, durationAt } from "./durations";
import { AWARD_WORDS, EVENT_WORDS, EventScan, scanScores } from "./events";
import { CURRENCY_WORDS_AFTER, RupeeContext, currencyWordAt, scanMoney } from "./money";
import { FRACTION_WORDS, NUMBER_WORDS, PERCENT_WORDS, fractionAt, percentWordAt, scanDigitFractions, scanDigitNumbers, scanPercentSigns, wordNumberAt } from "./numbers";
import type { SentenceLookup } from "./quotes";
import { markSalient } from "./salience";
import { COMPARATIVES, SUPERLATIVES, comparativeAt, rankingAt } from "./rankings";
import { NAMED_EVENT_WORDS, namedEventAt } from "./named-events";
import { HOLIDAY_WORDS, RELATIVE_WORDS, holidayAt, relativeAt } from "./relative";
import { TONE_WORDS, toneAt } from "./score";
import type { ClaimValue, DetectOptions } from "./types";
import { WordIndex } from "./words";
import type { WordVisitor } from "./words";

// Route order matters only for ties in resolveOverlaps, which ranks do not already settle.
const ROUTES = [
  NUMBER_WORDS, FRACTION_WORDS, PERCENT_WORDS, CURRENCY_WORDS_AFTER, DURATION_WORDS, RELATIVE_WORDS, MONTH_WORDS,
  EVENT_WORDS, AWARD_WORDS, TONE_WORDS, HOLIDAY_WORDS, NAMED_EVENT_WORDS, SUPERLATIVES, COMPARATIVES,
] as const;
const INDEX = new WordIndex(ROUTES);

/** Where a hedge, a definition or a forecast is worded (see score.ts). */
export interface ToneMark {
  at: number;
  tone: number;
}

export interface ScanResult {
  values: Candidate[];
  events: ClaimValue[];
  tones: ToneMark[];
}

/** Values (numbers, money, dates, durations ...) and events in `text`; events only when `withEvents`. */
export function scanText(text: string, options?: DetectOptions, sentences?: SentenceLookup, withEvents = true): ScanResult {
  const publishedAt = options?.publishedAt ?? null;
  const all: Candidate[] = [];
  const rupees = new RupeeContext(text);
  scanMoney(text, rupees, all);
  scanScores(text, all);
  scanPercentSigns(text, all);
  scanDigitFractions(text, all);
  scanDigitNumbers(text, all);
  const dates = new DateScan(text, all, publishedAt);
  dates.scanDigits();
  const events = new EventScan(text, sentences);
  const tones: ToneMark[] = [];
  const named: ClaimValue[] = [];
  INDEX.scan(text, new WordRouter(text, all, rupees, dates, events, tones, named, publishedAt, withEvents));
  dates.finish();
  const kept = resolveOverlaps(all);
  markSalient(text, kept, sentences);
  // Companions ride along with the reading that won; they never compete for the words.
  const values: Candidate[] = [];
  for (const c of kept) {
    values.push(c);
    if (c.companion) values.push(c.companion);
  }
  const found = events.done();
  if (!withEvents || named.length === 0) return { values, events: found, tones };
  // A trigger ("won", "visit") inside a name stays the trigger's; a name adds an event only where none is. Both
  // lists are in text order: one merge pass.
  const merged: ClaimValue[] = [];
  let f = 0;
  for (const n of named) {
    const ns = n.start ?? 0;
    const ne = n.end ?? 0;
    while (f < found.length && (found[f].end ?? 0) <= ns) merged.push(found[f++]);
    let clash = false;
    for (let k = f; k < found.length && (found[k].start ?? 0) < ne; k++) if ((found[k].end ?? 0) > ns) clash = true;
    if (!clash) merged.push(n);
  }
  while (f < found.length) merged.push(found[f++]);
  sortSmall(merged, (e) => e.start ?? 0);
  return { values, events: merged, tones };
}

/** Hands each word the index finds to its scanner; the cases follow ROUTES' order. */
class WordRouter implements WordVisitor {
  constructor(
    private readonly text: string,
    private readonly all: Candidate[],
    private readonly rupees: RupeeContext,
    private readonly dates: DateScan,
    private readonly events: EventScan,
    private readonly tones: ToneMark[],
    private readonly named: ClaimValue[],
    private readonly publishedAt: Date | null,
    private readonly withEvents: boolean,
  ) {}

  word(route: number, start: number, end: number): void {
    const { text, all } = this;
    switch (route) {
      case 0: return wordNumberAt(text, start, all);
      case 1: return fractionAt(text, start, all);
      case 2: return percentWordAt(text, start, all);
      case 3: return currencyWordAt(text, this.rupees, start, all);
      case 4: return durationAt(text, start, end, text.slice(start, end), all);
      case 5: return relativeAt(text, start, all, this.publishedAt);
      case 6: return this.dates.monthAt(start);
      case 7: if (this.withEvents) this.events.eventAt(start); return;
      case 8: if (this.withEvents) this.events.awardAt(start); return;
      case 9: {
        const tone = toneAt(text, start);
        if (tone) this.tones.push({ at: start, tone });
        return;
      }
      case 10: return holidayAt(text, start, end, all);
      case 11: if (this.withEvents) namedEventAt(text, start, end, this.named); return;
      case 12: if (this.withEvents) rankingAt(text, start, end, this.named); return;
      case 13: if (this.withEvents) comparativeAt(text, start, end, this.named); return;
    }
  }
}

function resolveOverlaps(all: Candidate[]): Candidate[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  // Overlapping candidates form small clusters; resolving cluster by cluster keeps the whole pass near-linear.
  // One scratch array for every cluster (resolveCluster keeps none of it): a fresh one per value was garbage.
  const cluster: Candidate[] = [];
  let clusterEnd = -1;
  for (const c of all) {
    if (c.start >= clusterEnd && cluster.length > 0) {
      resolveCluster(cluster, kept);
      cluster.length = 0;
    }
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  if (cluster.length > 0) resolveCluster(cluster, kept);
  return kept;
}

// Longer first, then the lower rank, then the earlier start.
function better(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start;
}

function resolveCluster(cluster: Candidate[], kept: Candidate[]): void {
  if (cluster.length === 1) {
    kept.push(cluster[0]);
    return;
  }
  if (cluster.length === 2) {
    // The commonest cluster ("more than $200 billion" over "200 billion"): two readings that overlap, one kept,
    // without the copy a sort makes.
    kept.push(better(cluster[0], cluster[1]) <= 0 ? cluster[0] : cluster[1]);
    return;
  }
  cluster.sort(better);
  const chosen: Candidate[] = [];
  if (cluster.length <= 32) {
    for (const c of cluster) if (chosen.every((k) => k.end <= c.start || k.start >= c.end)) chosen.push(c);
  } else {
    // A long chain of overlapping readings (a list of number words, hostile input): mark taken characters instead
    // of comparing every pair, so the cost stays linear in the text covered.
    const from = cluster.reduce((m, c) => Math.min(m, c.start), Infinity);
    const to = cluster.reduce((m, c) => Math.max(m, c.end), 0);
    const taken = new Uint8Array(to - from);
    for (const c of cluster) {
      let free = true;
      for (let i = c.start; i < c.end && free; i++) if (taken[i - from]) free = false;
      if (!free) continue;
      taken.fill(1, c.start - from, c.end - from);
      chosen.push(c);
    }
  }
  chosen.sort((a, b) => a.start - b.start);
  for (const c of chosen) kept.push(c);
}

/** Public shape of a value: the ClaimValue fields in a stable order, without internal fields such as `rank`. */
export function toClaimValue(c: ClaimValue): ClaimValue {
  // Built field by field so JSON output keeps one readable order (kind, value, unit, qualifier, ..., text, ...).
  const v = { kind: c.kind, value: c.value } as ClaimValue;
  if (c.unit !== undefined) v.unit = c.unit;
  if (c.qualifier !== undefined) v.qualifier = c.qualifier;
  if (c.bound !== undefined) v.bound = c.bound;
  v.text = c.text;
  if (c.start !== undefined) v.start = c.start;
  if (c.end !== undefined) v.end = c.end;
  if (c.relative) v.relative = true;
  if (c.speaker !== undefined) v.speaker = c.speaker;
  if (c.actor !== undefined) v.actor = c.actor;
  if (c.target !== undefined) v.target = c.target;
  return v;
}
