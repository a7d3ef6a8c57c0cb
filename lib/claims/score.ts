// Check-worthiness: each value adds evidence that a sentence asserts something checkable; hedged, predictive or
// opinionated wording takes some away. Weights were tuned on the labelled corpus (tests/fixtures/corpus).
import type { ClaimKind, ClaimValue } from "./types";

/** Claims scoring below this are not returned. */
export const MIN_SCORE = 0.5;

export function valueWeight(v: ClaimValue): number {
  switch (v.kind) {
    case "money":
      return 0.9;
    case "percent":
      return 0.85;
    case "fraction":
      return 0.75;
    case "number": {
      const n = typeof v.value === "number" ? v.value : 0;
      if (/^\d/.test(v.text.replace(/^[a-z ]+\s/i, "")) || /\d/.test(v.text)) return n >= 10 ? 0.7 : 0.5;
      if (v.qualifier && v.bound === "lower" && /\bof\b/.test(v.qualifier)) return 0.5;
      return n >= 10 ? 0.55 : 0.3;
    }
    case "date":
      if (v.relative) return typeof v.value === "string" && /^\d/.test(v.value) ? 0.45 : 0.4;
      if (v.unit === "day") return 0.7;
      if (v.unit === "month") return 0.65;
      if (v.unit === "decade") return 0.35;
      return 0.6;
    case "duration":
      return 0.55;
    case "quote":
      return 0.3; // adjusted by quoteWeight, which knows about the speaker and length
    case "event":
      return v.actor || v.target ? 0.3 : 0.15;
  }
}

export function quoteWeight(words: number, named: boolean, attributed: boolean): number {
  if (named) return words >= 3 ? 0.85 : 0.65;
  if (attributed) return words >= 3 ? 0.6 : 0.3;
  if (words >= 8) return 0.45;
  if (words >= 4) return 0.2;
  return 0.05;
}

const HEDGES =
  /\b(?:would|could|might|may|should|must|ought to|perhaps|arguably|likely|unlikely|probably|possibly|seems?|appears? to|I think|we think|I believe|we believe|in my view|in our view|it is (?:clear|evident|obvious)|cannot be understated|remains? to be seen)\b/i;
const FUTURE = /\b(?:will|is expected to|are expected to|plans? to|aims? to)\b/i;

export interface ScoreInput {
  weights: number[];
  sentence: string;
}

export function scoreOf({ weights, sentence }: ScoreInput): number {
  let miss = 1;
  for (const w of weights) miss *= 1 - w;
  let score = 1 - miss;
  const strong = weights.some((w) => w >= 0.6);
  if (HEDGES.test(sentence)) score *= strong ? 0.9 : 0.75;
  if (FUTURE.test(sentence)) score *= 0.95;
  if (/\?["”’)]?\s*$/.test(sentence)) score *= 0.5;
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

/** The claim's kind: the kind of its most check-worthy value. */
export function primaryKind(values: ClaimValue[], weights: number[]): ClaimKind {
  let best = -1;
  let kind: ClaimKind = "other";
  values.forEach((v, i) => {
    if (weights[i] > best) {
      best = weights[i];
      kind = v.kind;
    }
  });
  return kind;
}
