// Durations: "for 15 years", "two decades" (20 years), "a 15-year agreement", "20 years of fight". Phrases that
// place an event in time ("two years ago", "a year later") are relative dates, and ages ("a 45-year-old") are not
// durations, so both are excluded here.
import { eachMatch, type Candidate } from "./candidate";
import { DIGITS, QUALIFIER, WORDS, clean, normalizeQualifier, parseNumber } from "./lexicon";

export const DURATION_UNITS: Record<string, [number, string]> = {
  century: [100, "years"], centuries: [100, "years"], decade: [10, "years"], decades: [10, "years"],
  year: [1, "years"], years: [1, "years"], month: [1, "months"], months: [1, "months"], week: [1, "weeks"],
  weeks: [1, "weeks"], day: [1, "days"], days: [1, "days"], hour: [1, "hours"], hours: [1, "hours"],
  minute: [1, "minutes"], minutes: [1, "minutes"],
};

const DURATION = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£.,])(?<!\b(?:once|twice|thrice|times|per|each|every|million|billion|thousand)\s)(?:(${QUALIFIER})\s+)?(${DIGITS}|${WORDS}|an?)(?:\s+|-)(centur(?:y|ies)|decades?|years?|months?|weeks?|days?|hours?|minutes?)\b(?!-old|\s+old\b|\s+ago\b|\s+later\b|\s+earlier\b|\s+afterwards?\b|\s+after\s+that|\s+before\s+that)`,
  "giu",
);

const OVER_AS_HEDGE = /(?:^\s*|\b(?:in|for|with|of|after|than|spanning|lasting|lasted|took|since|by)\s+|[.,;:(\n]\s*)$/i;

export function scanDurations(text: string, out: Candidate[]): void {
  eachMatch(DURATION, text, (m) => {
    const raw = m[2].toLowerCase();
    const n = raw === "a" || raw === "an" ? 1 : parseNumber(raw);
    const [mult, unit] = DURATION_UNITS[m[3].toLowerCase()];
    if (!Number.isFinite(n) || n <= 0) return;
    // "a year" after an amount is a rate ("$5 billion a year"), not a duration.
    if ((raw === "a" || raw === "an") && /[\d%]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return;
    // "over" hedges a length of time after "in", "for", "with" ("in over 20 years"); after an amount or a verb it
    // is the preposition "during" ("$850 million over five years"), and not part of the value.
    let start = m.index;
    let q = normalizeQualifier(m[1]);
    if (m[1] && /^over$/i.test(m[1]) && !OVER_AS_HEDGE.test(text.slice(Math.max(0, start - 12), start))) {
      start += m[0].indexOf(m[2], m[1].length);
      q = {};
    }
    const definitional = /\bthe\s+(?:(?:prior|past|previous|last|preceding|following|next|coming|first|latest)\s+)?$/i.test(
      text.slice(Math.max(0, start - 24), start),
    );
    out.push({
      kind: "duration", value: clean(n * mult), unit, text: text.slice(start, m.index + m[0].length), start,
      end: m.index + m[0].length, rank: 3, ...q, ...(definitional ? { definitional } : {}),
    });
  });
}
