// Durations: "for 15 years", "two decades" (20 years), "a 15-year agreement", "20 years of fight". Phrases that
// place an event in time ("two years ago", "a year later") are relative dates, and ages ("a 45-year-old") are not
// durations, so both are excluded here.
import { hedgeBefore, hedged, isWordChar, prevWord } from "./candidate";
import type { Candidate } from "./candidate";
import { DIGITS, SMALL_NUMBERS, WORDS, clean, parseNumber } from "./lexicon";

export const DURATION_UNITS: Record<string, [number, string]> = {
  century: [100, "years"], centuries: [100, "years"], decade: [10, "years"], decades: [10, "years"],
  year: [1, "years"], years: [1, "years"], month: [1, "months"], months: [1, "months"], week: [1, "weeks"],
  weeks: [1, "weeks"], day: [1, "days"], days: [1, "days"], hour: [1, "hours"], hours: [1, "hours"],
  minute: [1, "minutes"], minutes: [1, "minutes"],
};

// Found at the unit word (see words.ts); the count is read backwards from it.
export const DURATION_WORDS = Object.keys(DURATION_UNITS);
const COUNT_BEFORE = new RegExp(String.raw`(?:^|[^A-Za-z0-9$€£.,])(${DIGITS}|${WORDS}|an?)(?:\s+|-)$`, "i");
// "jobless for 27 weeks or more": a threshold in a definition, not a length something lasted.
const THRESHOLD_AFTER = /^\s+(?:or\s+(?:more|longer|less|fewer)|and\s+(?:over|above|longer))\b/i;
const NOT_A_LENGTH_AFTER = /^(?:-old|\s+old\b|\s+ago\b|\s+later\b|\s+earlier\b|\s+afterwards?\b|\s+after\s+that|\s+before\s+that)/i;
// "once a year", "$5 billion a year": a rate, not a length of time.
const RATE_BEFORE = new Set(["once", "twice", "thrice", "times", "per", "each", "every", "million", "billion", "thousand"]);
// "over" hedges a length of time after "in", "for", "with" ("in over 20 years"); after an amount or a verb it is the
// preposition "during" ("$850 million over five years"), and not part of the value.
const OVER_AS_HEDGE = /(?:^\s*|\b(?:in|for|with|of|after|than|spanning|lasting|lasted|took|since|by)\s+|[.,;:(\n]\s*)$/i;
// "during the 4 weeks preceding the survey", "in the prior 12 months": a window that defines a measure.
const DEFINITIONAL = /\bthe\s+(?:(?:prior|past|previous|last|preceding|following|next|coming|first|latest)\s+)?$/i;

// After a hyphenated length ("the 12-month period"), nouns that make it a window a measure is taken over.
const WINDOW_NOUN = /^\s+(?:period|window|span|stretch|average|rolling|high|low|total|run|interval|horizon|timeframe|time\s+frame)\b/i;

/**
 * "the two-year ban", "the 10-year contract": a hyphenated length before the thing it measures is a claim about that
 * thing (how long the ban runs), not the window of a measure ("the 12-month period", "in the prior 12 months").
 */
function lengthOfAThing(text: string, at: number, end: number): boolean {
  return text[at - 1] === "-" && /^\s+[a-z]/.test(text.slice(end, end + 3)) && !WINDOW_NOUN.test(text.slice(end, end + 16));
}

const COUNT_LAST_WORDS = new Set([...Object.keys(SMALL_NUMBERS), "hundred", "thousand", "million", "billion", "trillion", "a", "an"]);

/**
 * Cheap test before COUNT_BEFORE (a regex ending in `$`, which V8 tries from every position of its window): most
 * unit words follow no count at all ("last year", "the day"). A count ends in a digit or a number word, then a space
 * or a hyphen.
 */
function countMayEndBefore(text: string, at: number): boolean {
  let i = at - 1;
  if (text[i] === "-") i--;
  else {
    if (i < 0 || !/\s/.test(text[i])) return false;
    while (i >= 0 && /\s/.test(text[i])) i--;
  }
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return true;
  let j = i;
  while (j >= 0 && isAsciiLetter(text.charCodeAt(j))) j--;
  return i > j && COUNT_LAST_WORDS.has(text.slice(j + 1, i + 1).toLowerCase());
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** At a unit word ("years", "decades"), the length of time that ends with it, if any. */
export function durationAt(text: string, at: number, end: number, unitWord: string, out: Candidate[]): void {
  if (NOT_A_LENGTH_AFTER.test(text.slice(end, end + 14))) return;
  if (!countMayEndBefore(text, at)) return;
  const from = Math.max(0, at - 40);
  const c = COUNT_BEFORE.exec(text.slice(from, at));
  if (!c) return;
  const countStart = from + c.index + c[0].indexOf(c[1]);
  const raw = c[1].toLowerCase();
  const n = raw === "a" || raw === "an" ? 1 : parseNumber(raw);
  if (!Number.isFinite(n) || n <= 0) return;
  if (RATE_BEFORE.has(prevWord(text, countStart))) return;
  // "a year" right after an amount is a rate ("$5 billion a year").
  if ((raw === "a" || raw === "an") && /[\d%]\s*$/.test(text.slice(Math.max(0, countStart - 3), countStart))) return;
  if (isWordChar(text[countStart - 1])) return;
  const [mult, unit] = DURATION_UNITS[unitWord.toLowerCase()];
  let hedge = hedgeBefore(text, countStart);
  if (hedge.raw && /^over$/i.test(hedge.raw) && !OVER_AS_HEDGE.test(text.slice(Math.max(0, hedge.start - 12), hedge.start))) {
    hedge = { start: countStart };
  }
  const definitional =
    (DEFINITIONAL.test(text.slice(Math.max(0, hedge.start - 24), hedge.start)) && !lengthOfAThing(text, at, end)) ||
    THRESHOLD_AFTER.test(text.slice(end, end + 16));
  const found = hedged({ kind: "duration", value: clean(n * mult), unit, text: text.slice(hedge.start, end), start: hedge.start, end, rank: 3 }, hedge);
  if (definitional) found.definitional = true;
  out.push(found);
}
