// Relative dates ("last year", "earlier this year", "over a decade ago", "almost a year later"). With a publication
// date they resolve to an ISO-like string; without one, the value is the phrase itself. Anaphoric phrases
// ("a year later") depend on another date in the text, not on publication, so they keep the phrase.
//
// "Over a decade ago" and "almost a year later" also state an elapsed time, which fact-checkers record as a
// duration ("over" 10 years); those phrases carry that duration as a companion value.
import { eachMatch, hedgeBefore, hedgeFields, type Candidate, type Hedge } from "./candidate";
import { MONTH_FULL, addDays, monthNumber, resolveMonthOnly, ym, ymd } from "./calendar";
import { DURATION_UNITS } from "./durations";
import { WORDS, clean, parseNumber } from "./lexicon";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SEASONS = "spring|summer|autumn|fall|winter";

// "last year", "this month", "next week", "last September", "last Monday", "earlier this year", "late last year"
const LAST_THIS_NEXT = new RegExp(
  String.raw`\b(?:(earlier|later|early|late)\s+)?(last|this|next)\s+(year|month|week|decade|${SEASONS}|${MONTH_FULL}|${WEEKDAYS.join("|")})\b`,
  "gi",
);
// Found by "ago" / "later", then the count and unit are read backwards: "over a decade ago", "two weeks earlier".
const AGO = /\bago\b/gi;
const LATER = /\b(?:later|earlier|afterwards?|after\s+that|before\s+that)\b/gi;
const COUNT_UNIT_BEFORE = new RegExp(
  String.raw`(?:^|[^A-Za-z0-9])(\d+|${WORDS}|an?|a\s+couple\s+of|a\s+few|several)[\s-](decades?|years?|months?|weeks?|days?)\s+$`,
  "i",
);
const YESTERDAY = /\byesterday\b/gi;
const ON_WEEKDAY = new RegExp(String.raw`\b[Oo]n\s+(${WEEKDAYS.join("|")})\b`, "g");

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
  if (wd < 0) return null;
  if (which === "next") return { value: ymd(addDays(pub, (wd - pub.getUTCDay() + 7) % 7 || 7)), unit: "day" };
  let diff = (pub.getUTCDay() - wd + 7) % 7;
  if (which === "last" && diff === 0) diff = 7;
  return { value: ymd(addDays(pub, -diff)), unit: "day" };
}

function agoValue(n: number, unit: string, pub: Date): { value: string; unit: string } {
  const u = unit.toLowerCase().replace(/s$/, "");
  const y = pub.getUTCFullYear();
  if (u === "decade") return { value: String(y - 10 * n), unit: "year" };
  if (u === "year") return { value: String(y - n), unit: "year" };
  if (u === "month") return { value: ym(y, pub.getUTCMonth() + 1 - n), unit: "month" };
  return { value: ymd(addDays(pub, -n * (u === "week" ? 7 : 1))), unit: "day" };
}

function countOf(raw: string): number {
  const t = raw.toLowerCase().replace(/\s+/g, " ");
  if (t === "a" || t === "an") return 1;
  if (t === "a couple of") return 2;
  if (t === "a few" || t === "several") return NaN;
  return parseNumber(t);
}

interface Elapsed {
  start: number;
  countEnd: number;
  n: number;
  unitWord: string;
  hedge: Hedge;
}

/** Reads "over a decade " backwards from the word "ago"/"later" at `at`. */
function elapsedBefore(text: string, at: number): Elapsed | undefined {
  const from = Math.max(0, at - 50);
  const m = COUNT_UNIT_BEFORE.exec(text.slice(from, at));
  if (!m) return undefined;
  const countStart = from + m.index + m[0].indexOf(m[1]);
  const hedge = hedgeBefore(text, countStart);
  const countEnd = from + m.index + m[0].length - (m[0].length - m[0].trimEnd().length);
  return { start: hedge.start, countEnd, n: countOf(m[1]), unitWord: m[2], hedge };
}

/** The elapsed time itself ("Over a decade" = 10 years, "over"), reported with the date. */
function durationOf(text: string, e: Elapsed): Candidate | undefined {
  const unit = DURATION_UNITS[e.unitWord.toLowerCase()];
  if (!unit || !Number.isFinite(e.n)) return undefined;
  return {
    kind: "duration", value: clean(e.n * unit[0]), unit: unit[1], text: text.slice(e.start, e.countEnd), start: e.start,
    end: e.countEnd, rank: 3, ...hedgeFields(e.hedge),
  };
}

export function scanRelativeDates(text: string, out: Candidate[], publishedAt?: Date | null): void {
  const phrase = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
  eachMatch(LAST_THIS_NEXT, text, (m) => {
    const resolved = publishedAt ? resolveLastThisNext(m[2].toLowerCase(), m[3], publishedAt) : null;
    const base = { kind: "date" as const, text: m[0], start: m.index, end: m.index + m[0].length, rank: 3, relative: true };
    out.push(resolved ? { ...base, ...resolved } : { ...base, value: phrase(m[0]) });
  });
  eachMatch(AGO, text, (m) => {
    const e = elapsedBefore(text, m.index);
    if (!e) return;
    const end = m.index + m[0].length;
    const base = {
      kind: "date" as const, text: text.slice(e.start, end), start: e.start, end, rank: 3, relative: true,
      ...hedgeFields(e.hedge), companion: durationOf(text, e),
    };
    if (publishedAt && Number.isFinite(e.n)) out.push({ ...base, ...agoValue(e.n, e.unitWord, publishedAt) });
    else out.push({ ...base, value: phrase(text.slice(e.hedge.raw ? e.start + e.hedge.raw.length : e.start, end).trim()) });
  });
  eachMatch(LATER, text, (m) => {
    const e = elapsedBefore(text, m.index);
    if (!e) return;
    const end = m.index + m[0].length;
    out.push({
      kind: "date", value: phrase(text.slice(e.hedge.raw ? e.start + e.hedge.raw.length : e.start, end).trim()),
      text: text.slice(e.start, end), start: e.start, end, rank: 3, relative: true, ...hedgeFields(e.hedge),
      companion: durationOf(text, e),
    });
  });
  eachMatch(YESTERDAY, text, (m) => {
    const base = { kind: "date" as const, text: m[0], start: m.index, end: m.index + m[0].length, rank: 3, relative: true };
    out.push(publishedAt ? { ...base, value: ymd(addDays(publishedAt, -1)), unit: "day" } : { ...base, value: "yesterday" });
  });
  eachMatch(ON_WEEKDAY, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    const resolved = publishedAt ? resolveLastThisNext("this", m[1], publishedAt) : null;
    const base = { kind: "date" as const, text: m[1], start, end: start + m[1].length, rank: 3, relative: true };
    out.push(resolved ? { ...base, ...resolved } : { ...base, value: m[1] });
  });
}
