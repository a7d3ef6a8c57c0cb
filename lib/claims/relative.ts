// Relative dates ("last year", "earlier this year", "over a decade ago", "almost a year later"). With a publication
// date they resolve to an ISO-like string; without one, the value is the phrase itself. Anaphoric phrases
// ("a year later") depend on another date in the text, not on publication, so they keep the phrase.
//
// "Over a decade ago" and "almost a year later" also state an elapsed time, which fact-checkers record as a
// duration ("over" 10 years); those phrases carry that duration as a companion value.
import { eachMatch, type Candidate } from "./candidate";
import { DURATION_UNITS } from "./durations";
import { MONTH_FULL, addDays, monthNumber, resolveMonthOnly, ym, ymd } from "./calendar";
import { QUALIFIER, WORDS, clean, normalizeQualifier, parseNumber } from "./lexicon";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SEASONS = "spring|summer|autumn|fall|winter";
const QUAL = String.raw`(?:(${QUALIFIER})\s+)?`;

// "last year", "this month", "next week", "last September", "last Monday", "earlier this year", "late last year"
const LAST_THIS_NEXT = new RegExp(
  String.raw`(?<![\p{L}])(?:(earlier|later|early|late)\s+)?(last|this|next)\s+(year|month|week|decade|${SEASONS}|${MONTH_FULL}|${WEEKDAYS.join("|")})\b`,
  "giu",
);
const COUNT = String.raw`\d+|${WORDS}|an?|a\s+couple\s+of|a\s+few|several`;
const UNIT = String.raw`decades?|years?|months?|weeks?|days?`;
// "over a decade ago", "two years ago"
const AGO = new RegExp(String.raw`(?<![\p{L}\p{N}])${QUAL}(${COUNT})[\s-](${UNIT})\s+ago\b`, "giu");
// "almost a year later", "two weeks earlier"
const LATER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${QUAL}(${COUNT})[\s-](${UNIT})\s+(later|earlier|afterwards?|after\s+that|before\s+that)\b`,
  "giu",
);
const YESTERDAY = /(?<![\p{L}])(yesterday)\b/giu;
const ON_WEEKDAY = new RegExp(String.raw`(?<=\b[Oo]n\s)(${WEEKDAYS.join("|")})\b`, "gu");

function unitDays(unit: string): number {
  const u = unit.toLowerCase().replace(/s$/, "");
  return u === "week" ? 7 : 1;
}

function resolveLastThisNext(which: string, what: string, pub: Date): { value: string; unit: string } | null {
  const y = pub.getUTCFullYear();
  const mo = pub.getUTCMonth() + 1;
  const shift = which === "last" ? -1 : which === "next" ? 1 : 0;
  const w = what.toLowerCase();
  if (w === "year") return { value: String(y + shift), unit: "year" };
  if (w === "month") return { value: ym(y, mo + shift), unit: "month" };
  if (w === "week") return { value: ymd(addDays(pub, 7 * shift)), unit: "day" };
  if (w === "decade") return { value: `${Math.floor(y / 10) * 10 + 10 * shift}s`, unit: "decade" };
  if (/^(?:spring|summer|autumn|fall|winter)$/.test(w)) return { value: String(y + shift), unit: "year" };
  const month = monthNumber(w);
  if (month) {
    if (which === "this") return { value: ym(y, month), unit: "month" };
    if (which === "next") return { value: ym(month > mo ? y : y + 1, month), unit: "month" };
    return { value: resolveMonthOnly(month, pub), unit: "month" };
  }
  const wd = WEEKDAYS.findIndex((d) => d.toLowerCase() === w);
  if (wd >= 0) {
    let diff = (pub.getUTCDay() - wd + 7) % 7;
    if (which === "last" && diff === 0) diff = 7;
    if (which === "next") return { value: ymd(addDays(pub, ((wd - pub.getUTCDay() + 7) % 7) || 7)), unit: "day" };
    return { value: ymd(addDays(pub, -diff)), unit: "day" };
  }
  return null;
}

function agoValue(n: number, unit: string, pub: Date): { value: string; unit: string } {
  const u = unit.toLowerCase().replace(/s$/, "");
  const y = pub.getUTCFullYear();
  if (u === "decade") return { value: String(y - 10 * n), unit: "year" };
  if (u === "year") return { value: String(y - n), unit: "year" };
  if (u === "month") return { value: ym(y, pub.getUTCMonth() + 1 - n), unit: "month" };
  return { value: ymd(addDays(pub, -n * unitDays(u))), unit: "day" };
}

/** The elapsed time in "over a decade ago": "Over a decade" as 10 years, with the hedge. */
function elapsed(m: RegExpExecArray, n: number, unitWord: string): Candidate | undefined {
  const unit = DURATION_UNITS[unitWord.toLowerCase()];
  if (!unit || !Number.isFinite(n)) return undefined;
  const text = m[0].slice(0, m[0].toLowerCase().lastIndexOf(unitWord.toLowerCase()) + unitWord.length);
  return {
    kind: "duration", value: clean(n * unit[0]), unit: unit[1], text, start: m.index, end: m.index + text.length, rank: 3,
    ...normalizeQualifier(m[1]),
  };
}

function countOf(raw: string): number {
  const t = raw.toLowerCase().replace(/\s+/g, " ");
  if (t === "a" || t === "an") return 1;
  if (t === "a couple of") return 2;
  if (t === "a few" || t === "several") return NaN;
  return parseNumber(t);
}

export function scanRelativeDates(text: string, out: Candidate[], publishedAt?: Date | null): void {
  const phrase = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
  eachMatch(LAST_THIS_NEXT, text, (m) => {
    const resolved = publishedAt ? resolveLastThisNext(m[2].toLowerCase(), m[3], publishedAt) : null;
    const base = { kind: "date" as const, text: m[0], start: m.index, end: m.index + m[0].length, rank: 3, relative: true };
    out.push(resolved ? { ...base, ...resolved } : { ...base, value: phrase(m[0]) });
  });
  eachMatch(AGO, text, (m) => {
    const n = countOf(m[2]);
    const base = {
      kind: "date" as const, text: m[0], start: m.index, end: m.index + m[0].length, rank: 3, relative: true,
      ...normalizeQualifier(m[1]), companion: elapsed(m, n, m[3]),
    };
    if (publishedAt && Number.isFinite(n)) out.push({ ...base, ...agoValue(n, m[3], publishedAt) });
    else out.push({ ...base, value: phrase(m[0].slice(m[1] ? m[1].length : 0).trim()) });
  });
  eachMatch(LATER, text, (m) => {
    out.push({
      kind: "date", value: phrase(m[0].slice(m[1] ? m[1].length : 0).trim()), text: m[0], start: m.index,
      end: m.index + m[0].length, rank: 3, relative: true, ...normalizeQualifier(m[1]),
      companion: elapsed(m, countOf(m[2]), m[3]),
    });
  });
  eachMatch(YESTERDAY, text, (m) => {
    const base = { kind: "date" as const, text: m[0], start: m.index, end: m.index + m[0].length, rank: 3, relative: true };
    out.push(publishedAt ? { ...base, value: ymd(addDays(publishedAt, -1)), unit: "day" } : { ...base, value: "yesterday" });
  });
  eachMatch(ON_WEEKDAY, text, (m) => {
    const resolved = publishedAt ? resolveLastThisNext("this", m[1], publishedAt) : null;
    const base = { kind: "date" as const, text: m[0], start: m.index, end: m.index + m[0].length, rank: 3, relative: true };
    out.push(resolved ? { ...base, ...resolved } : { ...base, value: m[0] });
  });
}

