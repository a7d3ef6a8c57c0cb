// Check-worthiness: each value adds evidence that a sentence asserts something checkable; hedged, predictive or
// opinionated wording takes some away. Weights were tuned on the labelled corpus (tests/fixtures/corpus).
import { isNamedEvent, isStrongEvent } from "./events";
import { isNamedOccasion } from "./named-events";
import { RANKING_ORDINAL, salienceOf } from "./salience";
import type { ClaimValue } from "./types";

/**
 * Claims scoring below this are not returned. A missed claim is one nobody checks, a needless suggestion costs a
 * click: 0.4 (was 0.5), with the prizes of events.ts, found 6 more of the 410 claims of the news corpus's tuning part
 * for 17 more suggestions there.
 */
export const MIN_SCORE = 0.4;
export const NAMED_EVENT = 0.55;

export function valueWeight(v: ClaimValue & { definitional?: boolean }): number {
  const base = baseWeight(v);
  // only a weak value can gain from its setting (salience.ts)
  return base >= RANKING_ORDINAL ? base : Math.max(base, salienceOf(v));
}

function baseWeight(v: ClaimValue & { definitional?: boolean }): number {
  switch (v.kind) {
    case "money":
      return 0.9;
    case "percent":
      return 0.85;
    case "fraction":
      return 0.75;
    case "number": {
      const n = typeof v.value === "number" ? v.value : 0;
      if (/\d/.test(v.text)) return n >= 10 ? 0.7 : 0.5;
      // "tens of thousands" is a figure a checker can hold a source to; "thousands of fans" is colour.
      if (v.qualifier && v.bound === "lower" && /\bof\b/.test(v.qualifier)) return 0.5;
      if (v.bound === "lower" && /^(?:dozens|scores|hundreds|thousands|millions|billions)$/i.test(v.text)) return 0.45;
      return n >= 10 ? 0.55 : 0.3;
    }
    case "date":
      // A time in words ("today", "last week") is a claim only where its clause says something happened then
      // (salience.ts raises it there); alone it stays under MIN_SCORE: "Today, the country is…" dates nothing.
      if (v.relative) return typeof v.value === "string" && /^\d/.test(v.value) ? 0.45 : 0.35;
      if (v.unit === "day") return 0.7;
      // A month without a year is usually the report's own reference period ("In March, employment rose").
      if (v.unit === "month") return /^\d{4}-\d{2}$/.test(String(v.value)) && /\d{4}/.test(v.text) ? 0.65 : 0.45;
      if (v.unit === "decade") return 0.35;
      return 0.6;
    case "duration":
      // "during the 4 weeks preceding the survey", "in the prior 12 months": a window that defines a measure is
      // context, not a claim of its own.
      return v.definitional ? 0.25 : 0.55;
    case "quote":
      return 0.3; // adjusted by quoteWeight, which knows about the speaker and length
    case "event":
      if (v.value === "match result") return 0.65;
      // "one of the most …", "the largest … since …": a ranking a checker can hold to the figures (rankings.ts)
      if (v.value === "ranking") return NAMED_EVENT;
      // A named occasion ("the Six Nations", "the E3 exhibition") can be looked up by its name alone.
      if (isNamedOccasion(v)) return NAMED_EVENT;
      // A specific event ("killed", "sanctioned") is worth more than a common one ("visit"); naming who did it or to
      // whom makes either checkable on its own.
      return (isStrongEvent(v) ? 0.45 : 0.3) + (isNamedEvent(v) ? (isStrongEvent(v) ? 0.1 : 0.15) : 0);
  }
}

export function quoteWeight(words: number, named: boolean, attributed: boolean): number {
  if (named) return words >= 3 ? 0.85 : 0.65;
  if (attributed) return words >= 3 ? 0.6 : 0.3;
  if (words >= 8) return 0.45;
  if (words >= 4) return 0.2;
  return 0.05;
}

// Hedges, definitions and forecasts (groups 1, 2, 3), tried where one of TONE_WORDS starts (sticky; see words.ts).
const TONE = new RegExp(
  [
    String.raw`(would|could|might|may|should|must|ought to|perhaps|arguably|likely|unlikely|probably|possibly|seems?|appears? to|I think|we think|I believe|we believe|in my view|in our view|it is (?:clear|evident|obvious)|cannot be understated|remains? to be seen)\b`,
    // "Reentrants are persons who...", "X is defined as ...": a definition states no fact about the world.
    String.raw`((?:are|is)\s+(?:defined\s+as|persons|people|those|individuals|workers)\s+who\b|(?:is|are)\s+defined\b|refers?\s+to\b)`,
    String.raw`(will|is expected to|are expected to|plans? to|aims? to)\b`,
  ].join("|"),
  "iy",
);
export const TONE_WORDS = (
  "would could might may should must ought perhaps arguably likely unlikely probably possibly seem seems appear " +
  "appears i we in it cannot remain remains are is refer refers will plan plans aim aims"
).split(" ");

export const HEDGE = 1;
export const DEFINITION = 2;
export const FORECAST = 3;

/** At one of TONE_WORDS: HEDGE, DEFINITION, FORECAST, or 0. */
export function toneAt(text: string, start: number): number {
  TONE.lastIndex = start;
  const m = TONE.exec(text);
  if (!m) return 0;
  return m[1] ? HEDGE : m[2] ? DEFINITION : FORECAST;
}

export interface ScoreInput {
  weights: number[];
  /** the claim's text (for a closing question mark) */
  sentence: string;
  /** bit set of 1 << HEDGE, 1 << DEFINITION, 1 << FORECAST found in the claim */
  tone: number;
  /** only events make the sentence checkable: a plan or a hedge then leaves nothing that happened */
  eventsOnly?: boolean;
}

export function scoreOf({ weights, sentence, tone, eventsOnly }: ScoreInput): number {
  let miss = 1;
  let strong = false;
  for (const w of weights) {
    miss *= 1 - w;
    if (w >= 0.6) strong = true;
  }
  let score = 1 - miss;
  if (tone & (1 << HEDGE)) score *= strong ? 0.9 : 0.75;
  if (tone & (1 << FORECAST)) score *= eventsOnly ? 0.65 : 0.95;
  if (tone & (1 << DEFINITION)) score *= 0.5;
  if (/\?["”’)]?\s*$/.test(sentence)) score *= 0.5;
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
