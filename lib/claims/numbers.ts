// Plain numbers, percentages and fractions. Years, money and durations are found by their own scanners and win any
// overlap (see values.ts), so this file can be generous.
import { eachMatch, hedgeBefore, hedged, isDigitChar, isLetterChar, isWordChar, prevWord } from "./candidate";
import type { Candidate } from "./candidate";
import { DIGITS, SCALE_WORD, SMALL_NUMBERS, WORDS, clean, parseDigits, parseNumber, parseWordNumber, scaleOf } from "./lexicon";

/** Characters that may not touch a number on its left: it would be part of a code, a time or an amount. */
function blockedBefore(text: string, start: number): boolean {
  const ch = text[start - 1];
  if (ch === undefined) return false;
  if (isWordChar(ch) || "_.,:$€£¥₹#/[".includes(ch)) return true;
  // "F-16", "COVID-19": a letter and a hyphen make a model name.
  return ch === "-" && isLetterChar(text[start - 2]);
}

// A unit of measure written against the number ("45C", "10km", "5kg", "300MW") leaves it a number.
const UNIT_SUFFIX = /(?:°?[CF]|km|kg|mm|cm|m|g|mg|ml|mph|kph|km\/h|kW|kWh|MW|MWh|GW|GWh|TWh|mi|ft|lbs?|oz|ha|t|x|fold|[KMGT]B|[kmgt]b)(?![A-Za-z0-9])/y;

/** Characters that may not touch a number on its right (a letter may, when it starts a unit of measure). */
function blockedAfter(text: string, end: number): boolean {
  const ch = text[end];
  if (ch === undefined) return false;
  if (isWordChar(ch)) {
    UNIT_SUFFIX.lastIndex = end;
    return !UNIT_SUFFIX.test(text);
  }
  return "/:.,".includes(ch) && isDigitChar(text[end + 1]);
}

// A printed sign is kept ("(-12,000)" is a loss of 12,000); "120+ million" reads as 120 million.
const DIGIT_NUMBER = new RegExp(
  String.raw`([+\-\u2212])?(${DIGITS})(\+)?(?:[\s-](${SCALE_WORD}|hundred)(?:\s+(crore|million|billion))?\b)?`,
  "gi",
);

const FUZZY_BASE: Record<string, number> = { tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
// Ordinals are numbers ("22nd" → 22, "its third title" → 3); "first" is too common to be worth checking.
export const ORDINAL_WORDS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  eightieth: 80, ninetieth: 90, hundredth: 100,
};
// "second-degree murder", "a third-party vendor": the ordinal is part of a fixed adjective, not a rank.
const ORDINAL_COMPOUND_AFTER = /^-(?:degree|party|hand|rate|class|world|guess|tier|string|generation|person|half)\b/i;
// After "one", words that make it a pronoun or an idiom ("one of", "one day", "one official said"), not a count.
const NOT_COUNTED_AFTER_ONE = new Set(
  (
    "of another other day time way thing things hand side point more or and to in on at by for with from that which " +
    "who whom is was has had will would could can may might must should did does do such reason example question " +
    "issue problem option part aspect factor answer idea concern priority area key solution possibility source " +
    "official officials resident witness analyst expert observer diplomat insider aide spokesman spokeswoman " +
    "spokesperson senior person's too last final big major small as if than so"
  ).split(" "),
);
const NOT_COUNTED_BEFORE_ONE = new Set("the this that no any every each which someone anyone everyone only's 's".split(" "));
const ORDINAL_WORD = Object.keys(ORDINAL_WORDS).join("|");
const ORDINAL_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "a", "'s"]);
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)\b/y;
// Numbers in words, vague plurals and ordinal words, tried where a listened-for word starts (sticky).
const WORD_NUMBER = new RegExp(
  String.raw`(?:(half\s+an?\s+(?:${SCALE_WORD}|dozen))|((?:an?|one)\s+(?:dozen|hundred|thousand|million|billion|trillion))|(${WORDS})|(tens|dozens|hundreds|thousands|millions)\s+of\s+(thousands|millions|billions)|(dozens|scores|hundreds|thousands|millions|billions)(?=\s+of\b)|(${ORDINAL_WORD})|(twice|thrice))\b`,
  "iy",
);
export const NUMBER_WORDS = [
  ...Object.keys(SMALL_NUMBERS), "a", "an", "half", "tens", "dozens", "scores", "hundreds", "thousands", "millions",
  "billions", "twice", "thrice", ...Object.keys(ORDINAL_WORDS),
];

const PERCENT_WORD = /(?:per\s*cent|pct|(percentage\s+points?))\b/iy;
export const PERCENT_WORDS = ["percent", "per", "pct", "percentage"];
const NUMBER_BEFORE = new RegExp(String.raw`(?:^|[^A-Za-z0-9_.,])(${DIGITS}|${WORDS})[\s-]?$`, "i");

const FRACTION_PARTS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
const PART = Object.keys(FRACTION_PARTS).sort((a, b) => b.length - a.length).join("|");
const SMALL = "one|two|three|four|five|six|seven|eight|nine|ten";
// "one-third", "two-thirds", "three-quarters"; "a third of"; "half of / half the"; "two in five" (sticky, at a word).
const FRACTION_WORD = new RegExp(
  String.raw`(?:(${SMALL})[\s-](${PART})\b|(an?)\s+(${PART})(?=\s+of\b)|(half)(?=\s+(?:of|the|its|their|his|her|our|all)\b)|(${SMALL})\s+(?:in|out\s+of)\s+(\d{1,4}|${SMALL}|a\s+hundred)\b)`,
  "iy",
);
export const FRACTION_WORDS = [...SMALL.split("|"), "a", "an", "half"];
// "9 out of 10", "1 in 5"
const FRACTION_DIGITS = new RegExp(String.raw`\b(\d{1,3})\s+(?:in|out\s+of)\s+(\d{1,4}|${SMALL}|a\s+hundred)\b`, "gi");
const NOT_A_RATIO_AFTER = /^(?:\s*(?:%|percent|per\s+cent)|[.,]\d|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|games?|matches)\b)/i;

function pushPercent(text: string, out: Candidate[], anchor: number, end: number, points: boolean): void {
  const from = Math.max(0, anchor - 40);
  const n = NUMBER_BEFORE.exec(text.slice(from, anchor));
  if (!n) return;
  const numStart = from + n.index + n[0].indexOf(n[1]);
  const value = parseNumber(n[1]);
  if (!Number.isFinite(value)) return;
  const hedge = hedgeBefore(text, numStart);
  const c: Candidate = { kind: "percent", value: clean(value), text: text.slice(hedge.start, end), start: hedge.start, end, rank: 1 };
  if (points) c.unit = "percentage points";
  out.push(hedged(c, hedge));
}

/** "45%": the sign, found with indexOf, and the number read backwards from it. */
export function scanPercentSigns(text: string, out: Candidate[]): void {
  for (let i = text.indexOf("%"); i >= 0; i = text.indexOf("%", i + 1)) {
    if (isWordChar(text[i + 1])) continue;
    pushPercent(text, out, i, i + 1, false);
  }
}

/** "45 percent", "45 per cent", "2.5 percentage points", at the word "percent"/"per"/"percentage". */
export function percentWordAt(text: string, start: number, out: Candidate[]): void {
  PERCENT_WORD.lastIndex = start;
  const m = PERCENT_WORD.exec(text);
  if (m) pushPercent(text, out, start, start + m[0].length, Boolean(m[1]));
}

function small(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : parseWordNumber(word.replace(/^a\s+/i, "one "));
}

function pushRatio(text: string, out: Candidate[], start: number, end: number, num: number, den: number): void {
  if (NOT_A_RATIO_AFTER.test(text.slice(end, end + 12))) return;
  if (!(num > 0 && den >= num && den <= 1000)) return;
  pushFraction(text, out, start, end, num / den);
}

function pushFraction(text: string, out: Candidate[], start: number, end: number, value: number): void {
  if (!(value > 0 && value <= 1)) return;
  const hedge = hedgeBefore(text, start);
  out.push(hedged({
    kind: "fraction", value: Math.round(value * 1e4) / 1e4, text: text.slice(hedge.start, end), start: hedge.start, end,
    rank: 5,
  }, hedge));
}

export function fractionAt(text: string, start: number, out: Candidate[]): void {
  FRACTION_WORD.lastIndex = start;
  const m = FRACTION_WORD.exec(text);
  if (!m) return;
  const end = start + m[0].length;
  if (m[1]) pushFraction(text, out, start, end, small(m[1]) / FRACTION_PARTS[m[2].toLowerCase()]);
  else if (m[3]) pushFraction(text, out, start, end, 1 / FRACTION_PARTS[m[4].toLowerCase()]);
  else if (m[5]) {
    // "the first half of 2023" is a period, not a proportion.
    if (!/^(?:first|second|latter|former|other|the|a|an)$/.test(prevWord(text, start))) pushFraction(text, out, start, end, 0.5);
  } else pushRatio(text, out, start, end, small(m[6]), small(m[7]));
}

export function scanDigitFractions(text: string, out: Candidate[]): void {
  eachMatch(FRACTION_DIGITS, text, (m) => {
    if (blockedBefore(text, m.index)) return;
    pushRatio(text, out, m.index, m.index + m[0].length, small(m[1]), small(m[2]));
  });
}

export function scanDigitNumbers(text: string, out: Candidate[]): void {
  eachMatch(DIGIT_NUMBER, text, (m) => {
    let start = m.index;
    const end = m.index + m[0].length;
    if (!m[1] && !m[3] && !m[4]) {
      // "22nd", "40th": an ordinal is the number it names.
      ORDINAL_SUFFIX.lastIndex = end;
      if (ORDINAL_SUFFIX.test(text)) {
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
    // "925p", "1p rise": a figure with a glued "p" is pence (never "10pm", "3pt", "5ppm"); read here, where the
    // figure is already found, rather than by another pass over the text.
    if (!m[1] && !m[3] && !m[4] && text[end] === "p" && !isWordChar(text[end + 1])) {
      const hedge = hedgeBefore(text, start, true);
      out.push(hedged({
        kind: "money", value: clean(parseDigits(m[2]) / 100), unit: "GBP", text: text.slice(hedge.start, end + 1), start: hedge.start,
        end: end + 1, rank: 0,
      }, hedge));
      return;
    }
    // "5 million" is fine; "3D" or "9/11" is not a count.
    if (!m[4] && blockedAfter(text, end)) return;
    if (!m[1] && !m[3] && !m[4] && isNamePart(text, start, end, m[2])) return;
    // "2003's 9.1%": a year in the possessive is the date scanner's
    if (!m[1] && !m[4] && /^(?:19|20)\d\d$/.test(m[2]) && (text[end] === "'" || text[end] === "\u2019") && text[end + 1] === "s") return;
    const value = parseDigits(m[2]) * scaleOf(m[4]) * scaleOf(m[5]) * sign;
    const hedge = m[1] ? { start } : hedgeBefore(text, start);
    out.push(hedged({
      kind: "number", value: clean(value), text: text.slice(hedge.start, end), start: hedge.start, end, rank: 8,
    }, hedge));
  });
}

export function wordNumberAt(text: string, start: number, out: Candidate[]): void {
  if (text[start - 1] === "-") return;
  if (inCapitalizedName(text, start)) return;
  WORD_NUMBER.lastIndex = start;
  const m = WORD_NUMBER.exec(text);
  if (!m) return;
  let end = start + m[0].length;
  if (m[4] || m[6]) {
    // "tens of thousands", "hundreds of": a lower bound; the words are kept as the qualifier.
    const base = m[4] ? FUZZY_BASE[m[4].toLowerCase()] * scaleOf(m[5].toLowerCase().replace(/s$/, "")) : FUZZY_BASE[m[6].toLowerCase()];
    out.push({
      kind: "number", value: base, text: m[0], start, end, rank: 7, qualifier: m[0].toLowerCase().replace(/\s+/g, " "), bound: "lower",
    });
    return;
  }
  if (m[7]) {
    if (!ORDINAL_DETERMINERS.has(prevWord(text, start))) return;
    if (/^[\s-]+(?:of|half|halves)\b/i.test(text.slice(end, end + 8))) return;
    if (text[end] === "-" && ORDINAL_COMPOUND_AFTER.test(text.slice(end, end + 12))) return;
    out.push({ kind: "number", value: ORDINAL_WORDS[m[7].toLowerCase()], text: m[0], start, end, rank: 8 });
    return;
  }
  const hedge = hedgeBefore(text, start);
  let value: number;
  if (m[8]) value = m[8].toLowerCase() === "twice" ? 2 : 3;
  else if (m[1]) value = 0.5 * parseWordNumber(m[1].replace(/^half\s+an?\s+/i, ""));
  else if (m[2]) value = parseWordNumber(m[2]);
  else {
    // A lone "one" is usually a pronoun or an idiom ("one of the most dangerous", "one day"): it is a count only when
    // hedged ("at least one goal") or before the thing counted ("one count of murder", "One person died").
    if (/^one$/i.test(m[3]) && !hedge.raw && !countsOne(text, start, end)) return;
    let words = m[3];
    if (/[\s-]/.test(words)) {
      end = composedEnd(text, start, end);
      words = text.slice(start, end);
    }
    value = parseWordNumber(words);
  }
  if (!Number.isFinite(value)) return;
  out.push(hedged({
    kind: "number", value: clean(value), text: text.slice(hedge.start, end), start: hedge.start, end, rank: 8,
  }, hedge));
}

const NUMBER_TOKEN = /[A-Za-z]+/g;

/**
 * Where spelled number words stop making one number: "two one-man shows" is two shows, not three. A unit or a tens
 * word is followed only by a scale ("two hundred", "five million") or, after a tens word, by a unit ("twenty one",
 * "forty-five"); after a scale anything may follow ("two hundred and five", "one thousand two hundred").
 */
function composedEnd(text: string, start: number, end: number): number {
  let prev = -1;
  let lastEnd = end;
  NUMBER_TOKEN.lastIndex = start;
  for (let m = NUMBER_TOKEN.exec(text); m && m.index < end; m = NUMBER_TOKEN.exec(text)) {
    const w = m[0].toLowerCase();
    if (w === "and") continue;
    const v = w in SMALL_NUMBERS ? SMALL_NUMBERS[w] : 100;
    const composes = prev < 0 || prev >= 100 || v >= 100 || (prev >= 20 && prev % 10 === 0 && v < 10);
    if (!composes) return lastEnd;
    prev = v;
    lastEnd = m.index + m[0].length;
  }
  return end;
}

/** "one count", "One person": "one" before a lower-case noun it counts. */
function countsOne(text: string, start: number, end: number): boolean {
  if (NOT_COUNTED_BEFORE_ONE.has(prevWord(text, start))) return false;
  if (text[end] !== " ") return false;
  let i = end + 1;
  const s = i;
  while (i < text.length && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++;
  const next = text.slice(s, i);
  // A capital ("One Direction"), a digit or punctuation after it: not a count of anything named here.
  return next.length >= 2 && !isLetterChar(text[i]) && !NOT_COUNTED_AFTER_ONE.has(next) && !/(?:ly|ing)$/.test(next);
}

// Capitalized words that may stand right before a count: hedges and openers ("About 300 people", "In 12 towns").
const BEFORE_A_COUNT = new Set(
  (
    "About Around Almost Nearly Over Some Only Just Up Under More Less Fewer At By In On For From With To Of The A An " +
    "All Another Than And But Or Since Until After Before Between Among Roughly Approximately Exactly Barely Scoring " +
    "Top Bottom Another Every Each Those These Their His Her Its Our My Your January February March April May June July " +
    "August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday " +
    "Wednesday Thursday Friday Saturday Sunday No Nos Vol Page Pages Figure Table Chapter " +
    // a rating is a value to check: "remains at Level 4", "a Category 5 storm"
    "Level Category Stage Grade Tier Phase Force Magnitude Alert"
  ).split(" "),
);

/**
 * A number that is part of a name, not a count: "Channel 4", "District 0 council", "PlayStation 3", "Nintendo 64",
 * "007". A short whole number right after a capitalized word (not a hedge, a preposition, a month or a weekday), not
 * followed by the plural it would count ("Apollo 11 astronauts" still counts).
 */
function isNamePart(text: string, start: number, end: number, digits: string): boolean {
  if (digits.length > 1 && digits[0] === "0" && !digits.includes(".")) return true;
  if (digits.length > 3 || /[.,]/.test(digits) || text[start - 1] !== " ") return false;
  let i = start - 1;
  while (i > 0 && (isLetterChar(text[i - 1]) || text[i - 1] === "-" || text[i - 1] === "'" || text[i - 1] === "\u2019")) i--;
  // cheap first (no string is cut out): the word before must start with a capital
  const c = text.charCodeAt(i);
  if (!(c >= 65 && c <= 90) && !(c > 127 && /\p{Lu}/u.test(text[i]))) return false;
  const word = text.slice(i, start - 1);
  if (BEFORE_A_COUNT.has(word)) return false;
  if (/^(?:\s+|-)(?:[a-z]+-)?(?:[a-z]+s|per|percent|%|years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b/.test(text.slice(end, end + 24))) return false;
  return text[end] !== "%";
}

/**
 * "the Six Nations", "Four Tet", "the Three Tenors": a capitalized number word inside a sentence, before another
 * capitalized word, is part of a name. At a sentence's start ("Three senior executives …") it is a count.
 */
function inCapitalizedName(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 65 || c > 90) return false;
  let i = start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\u00a0")) i--;
  if (i < 0 || /[.!?:;"“‘'\n(\u2014\u2013-]/.test(text[i])) return false;
  let j = start;
  while (j < text.length && isLetterChar(text[j])) j++;
  if (text[j] !== " " && text[j] !== "-") return false;
  const n = text.charCodeAt(j + 1);
  return n >= 65 && n <= 90;
}
