// Values whose words alone weigh little but whose setting makes them check-worthy, read once after scanning from
// the few words around each such value (only small spelled numbers, ordinals and dates without digits are looked at):
//   - a small count before what it counts ("nine vendors", "two previous Bond movies", "Eight criminal charges");
//   - an ordinal that ranks ("Asia's third largest economy", "the world's fourth-largest supermarket chain");
//   - a time without digits in a clause that says something happened then ("This week opposition politicians had
//     called …", "France suffered a shock loss … at the weekend", "In October, it increased …").
import type { Candidate } from "./candidate";
import type { SentenceLookup } from "./quotes";
import { ORDINAL_WORDS } from "./numbers";
import { isPastVerbAt } from "./verbs";

/** Weights given (see score.ts: 0.5 is the least a claim needs). */
export const COUNT_BEFORE_NOUN = 0.55;
export const RANKING_ORDINAL = 0.6;
export const TIME_OF_EVENT = 0.55;

const SUPERLATIVE = /^[\s-]+(?:largest|biggest|highest|lowest|smallest|most|least|best|worst|richest|poorest|busiest|oldest|largest-ever|fastest|strongest|leading|deadliest)\b/i;
// One optional adjective or participle, then a lower-case plural noun.
// (the modifiers may be names: "four Bond films", "three Oscar nominations")
const COUNTED = /^\s+(?:[A-Za-z][a-z-]*\s+){0,2}?([a-z][a-z-]*s)\b/;
// An ordinal before what it ranks: "the seventh actor", "the third time", "her fourth Oscar nomination".
const RANKED = /^\s+(?:[A-Z][a-z-]*\s+)?[a-z]{3,}\b/;
const NOT_NOUNS = new Set("is was has does goes says its this his hers ours yours theirs as was us less unless across always perhaps".split(" "));
// "Today, the United States is putting more onus …": today, tonight and now are the present, not a dated event.
// "a year later", "two years ago" already carry their elapsed time as a duration (relative.ts).
const NOT_AN_EVENT_TIME = /^(?:today|tonight|now)$|decade|(?:later|ago|afterwards?)$/i;

// Kept beside the values, not on them: adding a field to some candidates after they are made would give them a new
// hidden class and slow every later read of every candidate (V8 inline caches go polymorphic).
const SALIENCE = new WeakMap<object, number>();

/** The least weight the words around `v` give it, or 0. */
export function salienceOf(v: object): number {
  return SALIENCE.get(v) ?? 0;
}

export function markSalient(text: string, values: Candidate[], sentences?: SentenceLookup): void {
  for (const v of values) {
    if (v.kind === "number") {
      // cheapest tests first: most numbers are written in digits or are 10 and over
      if (typeof v.value !== "number" || v.value >= 10 || v.qualifier || /\d/.test(v.text) || /^(?:twice|thrice)$/i.test(v.text)) continue;
      const after = text.slice(v.end, v.end + 40);
      if (SUPERLATIVE.test(after)) SALIENCE.set(v, RANKING_ORDINAL);
      else if (ORDINAL_WORDS[v.text.toLowerCase()] && RANKED.test(after)) SALIENCE.set(v, COUNT_BEFORE_NOUN);
      else {
        const m = COUNTED.exec(after);
        // "covers three areas: …" announces a list; the list's own figures are the claims.
        if (m && !NOT_NOUNS.has(m[1]) && after[m[0].length] !== ":") SALIENCE.set(v, COUNT_BEFORE_NOUN);
      }
    } else if (v.kind === "date" && !/\d/.test(v.text) && sentences && !NOT_AN_EVENT_TIME.test(v.text) && v.unit !== "decade") {
      const s = sentences.sentenceAt(v.start);
      if (s && pastClause(text, Math.max(s.start, v.start - 120), Math.min(s.end, v.end + 120))) SALIENCE.set(v, TIME_OF_EVENT);
    }
  }
}

/** A past-tense verb between `from` and `to`; words are cut out only when they could be one (short list or -ed). */
function pastClause(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    while (i < to && !isAsciiLetter(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
    if (i - start >= 3 && isPastVerbAt(text, start, i)) return true;
  }
  return false;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
