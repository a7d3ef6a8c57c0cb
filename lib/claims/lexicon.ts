// Shared vocabulary: number words, scale words and qualifiers, as data and as regex source strings. The regex
// fragments are plain alternations with no nested quantifiers over overlapping text, so matching stays linear.
import type { Bound } from "./types";

export const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lac: 1e5, crore: 1e7,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, tr: 1e12, trn: 1e12, cr: 1e7,
};

const UNIT_WORDS = Object.keys(SMALL_NUMBERS).sort((a, b) => b.length - a.length).join("|");

/** Digits with optional thousands separators and decimals: "1,234.5", "450", "3.5". */
export const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/**
 * "three", "twenty-five", "two hundred and fifty thousand" (case-insensitive use). At most six more words: a
 * spelled-out number is short, and an unbounded repeat would make "one two three one two three ..." quadratic.
 */
export const WORDS = String.raw`(?:${UNIT_WORDS})(?:(?:\s+and\s+|\s+|-)(?:${UNIT_WORDS}|hundred|thousand|million|billion|trillion)\b){0,6}`;
/** "a dozen", "a hundred", "a million". */
export const A_SCALE = String.raw`(?:an?|one)\s+(?:dozen|hundred|thousand|million|billion|trillion)`;
export const SCALE_WORD = "thousand|million|billion|trillion|crore|lakh";

/**
 * Hedges on an amount and the bound they imply. Only the newsroom's documented qualifiers (QUALIFIER_WORDS) are
 * reported as `qualifier`; the others ("approximately", "as many as", "under") still set `bound`.
 */
export const QUALIFIERS: Record<string, Bound> = {
  "more than": "lower", "over": "lower", "at least": "lower", "well over": "lower", "just over": "lower",
  "upwards of": "lower", "in excess of": "lower", "no fewer than": "lower", "no less than": "lower",
  "above": "lower", "as many as": "upper", "as much as": "upper", "up to": "upper", "less than": "upper",
  "fewer than": "upper", "under": "upper", "just under": "upper", "below": "upper", "at most": "upper",
  "no more than": "upper", "nearly": "upper", "almost": "upper", "close to": "upper", "about": "approximate",
  "around": "approximate", "approximately": "approximate", "roughly": "approximate", "some": "approximate",
  "an estimated": "approximate", "estimated": "approximate", "circa": "approximate", "exactly": "exact",
  "precisely": "exact",
};

/** The qualifiers fact-checkers record (see tests/fixtures/corpus/README.md). */
export const QUALIFIER_WORDS = new Set(["more than", "over", "about", "nearly", "at least", "up to", "less than", "almost", "around"]);

export const QUALIFIER = Object.keys(QUALIFIERS)
  .sort((a, b) => b.length - a.length)
  .map((q) => q.replace(/ /g, String.raw`\s+`))
  .join("|");

export function normalizeQualifier(raw: string | undefined): { qualifier?: string; bound?: Bound } {
  if (!raw) return {};
  const q = raw.toLowerCase().replace(/\s+/g, " ").trim();
  const bound = QUALIFIERS[q];
  if (QUALIFIER_WORDS.has(q)) return { qualifier: q, bound };
  return bound ? { bound } : {};
}

/** Avoid float noise: 1.2 * 1e6 must be 1200000, not 1200000.0000000002. */
export function clean(n: number): number {
  if (Number.isInteger(n)) return n;
  return Number(n.toPrecision(12));
}

export function parseDigits(s: string): number {
  return Number(s.replace(/,/g, ""));
}

/** "two hundred and fifty thousand" → 250000; "a dozen" → 12; returns NaN when the words are not a number. */
export function parseWordNumber(s: string): number {
  const tokens = s.toLowerCase().split(/[\s-]+/).filter((t) => t && t !== "and");
  if (tokens.length === 0) return NaN;
  let total = 0;
  let current = 0;
  for (const t of tokens) {
    if (t === "a" || t === "an") current += 1;
    else if (t === "dozen") current = (current || 1) * 12;
    else if (t in SMALL_NUMBERS) current += SMALL_NUMBERS[t];
    else if (t === "hundred") current = (current || 1) * 100;
    else if (t in SCALES) {
      total += (current || 1) * SCALES[t];
      current = 0;
    } else return NaN;
  }
  return total + current;
}

/** A number written in digits or words. */
export function parseNumber(s: string): number {
  const t = s.trim();
  return /^[\d,.]+$/.test(t) ? parseDigits(t) : parseWordNumber(t);
}

export function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  return SCALES[word.toLowerCase()] ?? 1;
}
