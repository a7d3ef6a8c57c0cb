// Plain numbers, percentages and fractions. Years, money and durations are found by their own scanners and win
// any overlap (see values.ts), so this file can be generous.
import { eachMatch, type Candidate } from "./candidate";
import {
  A_SCALE, DIGITS, QUALIFIER, SCALE_WORD, WORDS, clean, normalizeQualifier, parseDigits, parseNumber,
  parseWordNumber, scaleOf,
} from "./lexicon";

// Not after a letter or "F-" / "COVID-": model names and codes are not quantities.
const NOT_AFTER = String.raw`(?<![\p{L}\p{N}_.,:$€£¥₹#/\[]|[\p{L}]-)`;
const NOT_BEFORE = String.raw`(?![\p{L}\p{N}]|[/:]\d|\.\d|,\d)`;
const QUAL = String.raw`(?:(${QUALIFIER})\s+)?`;

const PERCENT = new RegExp(
  String.raw`${NOT_AFTER}${QUAL}(${DIGITS}|${WORDS})(?:\s?(%)|[\s-](?:(percent|per\s+cent|pct)|(percentage\s+points?))\b)`,
  "giu",
);

const FRACTION_PARTS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
const PART = Object.keys(FRACTION_PARTS).sort((a, b) => b.length - a.length).join("|");
const SMALL = "one|two|three|four|five|six|seven|eight|nine|ten";
// "one-third", "two-thirds", "three-quarters"; "a third of"; "half of / half the"; "two in five", "9 out of 10".
const FRACTION = new RegExp(
  String.raw`${NOT_AFTER}${QUAL}(?:(${SMALL})[\s-](${PART})\b|(an?)\s+(${PART})(?=\s+of\b)|(?<!\b(?:first|second|latter|former|other|the|a|an)\s)(half)(?=\s+(?:of|the|its|their|his|her|our|all)\b)|(\d{1,3}|${SMALL})\s+(?:in|out\s+of)\s+(\d{1,4}|${SMALL}|a\s+hundred)\b(?!\s*(?:%|percent|per\s+cent))(?![.,]\d)(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|games?|matches)\b))`,
  "giu",
);

const FUZZY_BASE: Record<string, number> = { tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
// "tens of thousands", "hundreds of", "millions of": a lower bound, kept with the words as the qualifier.
const FUZZY = new RegExp(
  String.raw`(?<![\p{L}])(?:(tens|dozens|hundreds|thousands|millions)\s+of\s+(thousands|millions|billions)\b|(dozens|scores|hundreds|thousands|millions|billions)(?=\s+of\b))`,
  "giu",
);

// A printed sign is kept ("(-12,000)" is a loss of 12,000); "120+ million" reads as 120 million.
const NUMBER = new RegExp(
  String.raw`${NOT_AFTER}${QUAL}(?:([+\-\u2212])?(${DIGITS})(\+)?(?:[\s-](${SCALE_WORD}|hundred)\b)?|(half\s+an?\s+(?:${SCALE_WORD}|dozen))|(${A_SCALE})\b|(${WORDS})\b)${NOT_BEFORE}`,
  "giu",
);

const ORDINAL_WORDS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, fiftieth: 50, hundredth: 100,
};
// Ordinals are numbers ("22nd" → 22, "its third title" → 3); "first" is too common to be worth checking.
const ORDINAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(\d{1,4})(?:st|nd|rd|th)\b|(?<=\b(?:the|its|their|his|her|our|a|[\p{L}]+['\u2019]s)\s)(${Object.keys(ORDINAL_WORDS).join("|")})\b(?![\s-]+(?:of|half|halves)\b)`,
  "giu",
);

export function scanPercents(text: string, out: Candidate[]): void {
  eachMatch(PERCENT, text, (m) => {
    const value = parseNumber(m[2]);
    if (!Number.isFinite(value)) return;
    out.push({
      kind: "percent", value: clean(value), text: m[0], start: m.index, end: m.index + m[0].length, rank: 1,
      ...(m[5] ? { unit: "percentage points" } : {}),
      ...normalizeQualifier(m[1]),
    });
  });
}

function small(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : parseWordNumber(word.replace(/^a\s+/i, "one "));
}

export function scanFractions(text: string, out: Candidate[]): void {
  eachMatch(FRACTION, text, (m) => {
    let value: number;
    if (m[2]) value = small(m[2]) / FRACTION_PARTS[m[3].toLowerCase()];
    else if (m[4]) value = 1 / FRACTION_PARTS[m[5].toLowerCase()];
    else if (m[6]) value = 0.5;
    else {
      const num = small(m[7]);
      const den = small(m[8]);
      if (!(num > 0 && den >= num && den <= 1000)) return;
      value = num / den;
    }
    if (!(value > 0 && value <= 1)) return;
    out.push({
      kind: "fraction", value: Math.round(value * 1e4) / 1e4, text: m[0], start: m.index, end: m.index + m[0].length,
      rank: 5, ...normalizeQualifier(m[1]),
    });
  });
}

export function scanNumbers(text: string, out: Candidate[]): void {
  eachMatch(FUZZY, text, (m) => {
    const base = m[1]
      ? FUZZY_BASE[m[1].toLowerCase()] * scaleOf(m[2].toLowerCase().replace(/s$/, ""))
      : FUZZY_BASE[m[3].toLowerCase()];
    out.push({
      kind: "number", value: base, text: m[0], start: m.index, end: m.index + m[0].length, rank: 7,
      qualifier: m[0].toLowerCase().replace(/\s+/g, " "), bound: "lower",
    });
  });
  eachMatch(NUMBER, text, (m) => {
    let value: number;
    if (m[3]) value = parseDigits(m[3]) * scaleOf(m[5]) * (m[2] === "-" || m[2] === "\u2212" ? -1 : 1);
    else if (m[6]) value = 0.5 * parseWordNumber(m[6].replace(/^half\s+an?\s+/i, ""));
    else if (m[7]) value = parseWordNumber(m[7]);
    else {
      // A lone "one" is almost always a pronoun or article ("one of the most dangerous"), not a count, unless it is
      // hedged ("at least one goal").
      if (/^one$/i.test(m[8]) && !m[1]) return;
      value = parseWordNumber(m[8]);
    }
    if (!Number.isFinite(value)) return;
    out.push({
      kind: "number", value: clean(value), text: m[0], start: m.index, end: m.index + m[0].length, rank: 8,
      ...normalizeQualifier(m[1]),
    });
  });
  eachMatch(ORDINAL, text, (m) => {
    const value = m[1] ? Number(m[1]) : ORDINAL_WORDS[m[2].toLowerCase()];
    if (!value || value < 2) return;
    out.push({ kind: "number", value, text: m[0], start: m.index, end: m.index + m[0].length, rank: 8 });
  });
}
