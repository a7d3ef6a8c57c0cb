// Plain numbers, percentages and fractions. Years, money and durations are found by their own scanners and win any
// overlap (see values.ts), so this file can be generous.
import { eachMatch, hedgeBefore, hedgeFields, isDigitChar, isLetterChar, isWordChar, prevWord, type Candidate } from "./candidate";
import { DIGITS, WORDS, clean, parseDigits, parseNumber, parseWordNumber, scaleOf } from "./lexicon";

const SCALE_WORD = "thousand|million|billion|trillion|crore|lakh";

/** Characters that may not touch a number on its left: it would be part of a code, a time or an amount. */
function blockedBefore(text: string, start: number): boolean {
  const ch = text[start - 1];
  if (ch === undefined) return false;
  if (isWordChar(ch) || "_.,:$€£¥₹#/[".includes(ch)) return true;
  // "F-16", "COVID-19": a letter and a hyphen make a model name.
  return ch === "-" && isLetterChar(text[start - 2]);
}

/** Characters that may not touch a number on its right. */
function blockedAfter(text: string, end: number): boolean {
  const ch = text[end];
  if (ch === undefined) return false;
  if (isWordChar(ch)) return true;
  return "/:.,".includes(ch) && isDigitChar(text[end + 1]);
}

// A printed sign is kept ("(-12,000)" is a loss of 12,000); "120+ million" reads as 120 million.
const DIGIT_NUMBER = new RegExp(
  String.raw`([+\-\u2212])?(${DIGITS})(\+)?(?:[\s-](${SCALE_WORD}|hundred)(?:\s+(crore|million|billion))?\b)?`,
  "gi",
);

const FUZZY_BASE: Record<string, number> = { tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
// Ordinals are numbers ("22nd" → 22, "its third title" → 3); "first" is too common to be worth checking.
const ORDINAL_WORDS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, fiftieth: 50, hundredth: 100,
};
const ORDINAL_WORD = Object.keys(ORDINAL_WORDS).join("|");
const ORDINAL_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "a", "'s"]);
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/;
// Numbers in words, vague plurals and ordinal words share one pass.
const WORD_NUMBER = new RegExp(
  String.raw`\b(?:(half\s+an?\s+(?:${SCALE_WORD}|dozen))|((?:an?|one)\s+(?:dozen|hundred|thousand|million|billion|trillion))|(${WORDS})|(tens|dozens|hundreds|thousands|millions)\s+of\s+(thousands|millions|billions)|(dozens|scores|hundreds|thousands|millions|billions)(?=\s+of\b)|(${ORDINAL_WORD}))\b`,
  "gi",
);

const PERCENT_SIGN = /%|\b(?:per\s*cent|pct|(percentage\s+points?))\b/gi;
const NUMBER_BEFORE = new RegExp(String.raw`(?:^|[^A-Za-z0-9_.,])(${DIGITS}|${WORDS})[\s-]?$`, "i");

const FRACTION_PARTS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
const PART = Object.keys(FRACTION_PARTS).sort((a, b) => b.length - a.length).join("|");
const SMALL = "one|two|three|four|five|six|seven|eight|nine|ten";
// "one-third", "two-thirds", "three-quarters"; "a third of"; "half of / half the"; "two in five", "9 out of 10".
const FRACTION = new RegExp(
  String.raw`\b(?:(${SMALL})[\s-](${PART})\b|(an?)\s+(${PART})(?=\s+of\b)|(half)(?=\s+(?:of|the|its|their|his|her|our|all)\b)|(\d{1,3}|${SMALL})\s+(?:in|out\s+of)\s+(\d{1,4}|${SMALL}|a\s+hundred)\b)`,
  "gi",
);
const NOT_A_RATIO_AFTER = /^(?:\s*(?:%|percent|per\s+cent)|[.,]\d|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|games?|matches)\b)/i;

export function scanPercents(text: string, out: Candidate[]): void {
  eachMatch(PERCENT_SIGN, text, (m) => {
    const from = Math.max(0, m.index - 40);
    const n = NUMBER_BEFORE.exec(text.slice(from, m.index));
    if (!n) return;
    const numStart = from + n.index + n[0].indexOf(n[1]);
    const value = parseNumber(n[1]);
    if (!Number.isFinite(value)) return;
    const end = m.index + m[0].length;
    if (isWordChar(text[end]) && m[0] === "%") return;
    const hedge = hedgeBefore(text, numStart);
    out.push({
      kind: "percent", value: clean(value), text: text.slice(hedge.start, end), start: hedge.start, end, rank: 1,
      ...(m[1] ? { unit: "percentage points" } : {}), ...hedgeFields(hedge),
    });
  });
}

function small(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : parseWordNumber(word.replace(/^a\s+/i, "one "));
}

export function scanFractions(text: string, out: Candidate[]): void {
  eachMatch(FRACTION, text, (m) => {
    let value: number;
    const end = m.index + m[0].length;
    if (m[1]) value = small(m[1]) / FRACTION_PARTS[m[2].toLowerCase()];
    else if (m[3]) value = 1 / FRACTION_PARTS[m[4].toLowerCase()];
    else if (m[5]) {
      // "the first half of 2023" is a period, not a proportion.
      if (/^(?:first|second|latter|former|other|the|a|an)$/.test(prevWord(text, m.index))) return;
      value = 0.5;
    } else {
      if (blockedBefore(text, m.index) || NOT_A_RATIO_AFTER.test(text.slice(end, end + 12))) return;
      const num = small(m[6]);
      const den = small(m[7]);
      if (!(num > 0 && den >= num && den <= 1000)) return;
      value = num / den;
    }
    if (!(value > 0 && value <= 1)) return;
    const hedge = hedgeBefore(text, m.index);
    out.push({
      kind: "fraction", value: Math.round(value * 1e4) / 1e4, text: text.slice(hedge.start, end), start: hedge.start, end,
      rank: 5, ...hedgeFields(hedge),
    });
  });
}

export function scanNumbers(text: string, out: Candidate[]): void {
  eachMatch(DIGIT_NUMBER, text, (m) => {
    let start = m.index;
    const end = m.index + m[0].length;
    if (!m[1] && !m[3] && !m[4]) {
      // "22nd", "40th": an ordinal is the number it names.
      const suffix = ORDINAL_SUFFIX.exec(text.slice(end, end + 3));
      if (suffix) {
        const value = Number(m[2]);
        if (value >= 2 && !/,/.test(m[2]) && !blockedBefore(text, start)) {
          out.push({ kind: "number", value, text: text.slice(start, end + 2), start, end: end + 2, rank: 8 });
        }
        return;
      }
    }
    let sign = m[1] ? (m[1] === "+" ? 1 : -1) : 1;
    if (m[1] && (isWordChar(text[start - 1]) || text[start - 1] === ".")) {
      // A hyphen after a letter is a model name ("F-16"); after a digit it joins a range ("10-12").
      if (!isDigitChar(text[start - 1])) return;
      start += 1;
      sign = 1;
    } else if (!m[1] && blockedBefore(text, start)) return;
    // "5 million" is fine; "3D" or "9/11" is not a count.
    if (!m[4] && blockedAfter(text, end)) return;
    const value = parseDigits(m[2]) * scaleOf(m[4]) * scaleOf(m[5]) * sign;
    const hedge = m[1] ? { start } : hedgeBefore(text, start);
    out.push({
      kind: "number", value: clean(value), text: text.slice(hedge.start, end), start: hedge.start, end, rank: 8,
      ...hedgeFields(hedge),
    });
  });
  eachMatch(WORD_NUMBER, text, (m) => {
    if (text[m.index - 1] === "-" || isLetterChar(text[m.index - 1])) return;
    const end = m.index + m[0].length;
    if (m[4] || m[6]) {
      // "tens of thousands", "hundreds of": a lower bound; the words are kept as the qualifier.
      const base = m[4] ? FUZZY_BASE[m[4].toLowerCase()] * scaleOf(m[5].toLowerCase().replace(/s$/, "")) : FUZZY_BASE[m[6].toLowerCase()];
      out.push({
        kind: "number", value: base, text: m[0], start: m.index, end, rank: 7,
        qualifier: m[0].toLowerCase().replace(/\s+/g, " "), bound: "lower",
      });
      return;
    }
    if (m[7]) {
      if (!ORDINAL_DETERMINERS.has(prevWord(text, m.index))) return;
      if (/^[\s-]+(?:of|half|halves)\b/i.test(text.slice(end, end + 8))) return;
      out.push({ kind: "number", value: ORDINAL_WORDS[m[7].toLowerCase()], text: m[0], start: m.index, end, rank: 8 });
      return;
    }
    const hedge = hedgeBefore(text, m.index);
    let value: number;
    if (m[1]) value = 0.5 * parseWordNumber(m[1].replace(/^half\s+an?\s+/i, ""));
    else if (m[2]) value = parseWordNumber(m[2]);
    else {
      // A lone "one" is almost always a pronoun or article ("one of the most dangerous"), not a count, unless it is
      // hedged ("at least one goal").
      if (/^one$/i.test(m[3]) && !hedge.raw) return;
      value = parseWordNumber(m[3]);
    }
    if (!Number.isFinite(value)) return;
    out.push({
      kind: "number", value: clean(value), text: text.slice(hedge.start, end), start: hedge.start, end, rank: 8,
      ...hedgeFields(hedge),
    });
  });
}
