// Relative dates ("last year", "earlier this year", "over a decade ago", "almost a year later"). With a publication
// date they resolve to an ISO-like string; without one, the value is the phrase itself. Anaphoric phrases
// ("a year later") depend on another date in the text, not on publication, so they keep the phrase.
//
// "Over a decade ago" and "almost a year later" also state an elapsed time, which fact-checkers record as a
// duration ("over" 10 years); those phrases carry that duration as a companion value.
import { hedgeBefore, hedgeFields } from "./candidate";
import type { Candidate, Hedge } from "./candidate";
import { MONTH_FULL, addDays, monthNumber, resolveMonthOnly, ym, ymd } from "./calendar";
import { DURATION_UNITS } from "./durations";
import { WORDS, clean, parseNumber } from "./lexicon";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SEASONS = "spring|summer|autumn|fall|winter";

// One pass finds every anchor: "last year", "this month", "next week", "last September", "earlier this year";
// "ago" and "later"/"earlier", from which the count and unit are read backwards ("over a decade ago", "two weeks
// earlier"); days named from the day of publication ("today", "yesterday", "this morning", "last night"); weekdays
// ("on Monday", "said Thursday").
// Tried where one of RELATIVE_WORDS starts (sticky; see words.ts).
const RELATIVE = new RegExp(
  String.raw`(?:(?:(earlier|later|early|late)\s+)?(last|this|next)\s+(year|month|weekend|week|decade|${SEASONS}|${MONTH_FULL}|${WEEKDAYS.join("|")})|(ago)|(later|earlier|afterwards?|after\s+that|before\s+that)|(yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)|(?:on\s+)?(${WEEKDAYS.join("|")}))\b`,
  "iy",
);
export const RELATIVE_WORDS = [
  "earlier", "later", "early", "late", "last", "this", "next", "ago", "afterwards", "afterward", "after", "before",
  "yesterday", "today", "tonight", "tomorrow", "on", ...WEEKDAYS,
];

// "at the weekend", "over Christmas", "on New Year's Day": tried at the noun (a rare word), the preposition read back.
export const HOLIDAY_WORDS = [
  "weekend", "Christmas", "Easter", "Thanksgiving", "Ramadan", "Year", "Halloween", "Diwali", "Eid", "Hanukkah",
  "Passover", "Hogmanay", ...["Boxing", "Valentine", "Independence", "Memorial", "Labor", "Labour", "Remembrance", "Bastille", "Australia", "Anzac"],
];
// Words that name a holiday only with "Day" after them ("on Boxing Day", "since Valentine's Day"; not "since Labour
// came to power", "in Australia").
const NEEDS_DAY = new Set(["Boxing", "Valentine", "Independence", "Memorial", "Labor", "Labour", "Remembrance", "Bastille", "Australia", "Anzac"]);
const HOLIDAY_BEFORE = /(?:^|[^A-Za-z])((?:at|over|during)\s+the\s+|(?:at|over|on|before|after|since|until|by|during)\s+(?:New\s+)?)$/i;
const HOLIDAY_AFTER = /(?:\s+Day|['\u2019]s\s+Day|['\u2019]s\s+Eve|\s+Eve)?\b/y;

export function holidayAt(text: string, at: number, end: number, out: Candidate[]): void {
  const word = text.slice(at, end);
  const m = HOLIDAY_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
  if (!m) return;
  const lead = m[1];
  if (word === "weekend" ? !/the\s+$/i.test(lead) : /the\s+$/i.test(lead)) return;
  if (word === "Year" && !/New\s+$/.test(lead)) return;
  HOLIDAY_AFTER.lastIndex = end;
  const tail = HOLIDAY_AFTER.exec(text);
  const stop = end + (tail ? tail[0].length : 0);
  if (NEEDS_DAY.has(word) && !text.startsWith("Day", stop - 3)) return;
  const start = at - lead.length;
  out.push({ kind: "date", value: phrase(text.slice(start, stop)), text: text.slice(start, stop), start, end: stop, rank: 3, relative: true });
}
/** Days counted from publication. */
const DAY_OFFSET: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1, "last night": -1 };
// "Monday, March 11" or "Monday (March 11)": the date written after the weekday is the value to check.
const DATE_AFTER_WEEKDAY = new RegExp(String.raw`^,?\s*\(?(?:\d|(?:${MONTH_FULL}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)`);
const COUNT_UNIT_BEFORE = new RegExp(
  String.raw`(?:^|[^A-Za-z0-9])(\d+|${WORDS}|an?|a\s+couple\s+of|a\s+few|several)[\s-](decades?|years?|months?|weeks?|days?)\s+$`,
  "i",
);

function phrase(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ");
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

/** At one of RELATIVE_WORDS, the relative date that starts (or, for "ago"/"later", ends) there. */
export function relativeAt(text: string, at: number, out: Candidate[], publishedAt?: Date | null): void {
  RELATIVE.lastIndex = at;
  const m = RELATIVE.exec(text);
  if (!m) return;
  const end = at + m[0].length;
  if (m[2]) {
    const resolved = publishedAt ? resolveLastThisNext(m[2].toLowerCase(), m[3], publishedAt) : null;
    const base = { kind: "date" as const, text: m[0], start: at, end, rank: 3, relative: true };
    out.push(resolved ? { ...base, ...resolved } : { ...base, value: phrase(m[0]) });
  } else if (m[4] || m[5]) {
    const e = elapsedBefore(text, at);
    if (!e) return;
    const words = phrase(text.slice(e.hedge.raw ? e.start + e.hedge.raw.length : e.start, end).trim());
    const base = {
      kind: "date" as const, text: text.slice(e.start, end), start: e.start, end, rank: 3, relative: true,
      ...hedgeFields(e.hedge), companion: durationOf(text, e),
    };
    // "ago" counts back from publication; "later" counts from another date in the text, so it stays a phrase.
    if (m[4] && publishedAt && Number.isFinite(e.n)) out.push({ ...base, ...agoValue(e.n, e.unitWord, publishedAt) });
    else out.push({ ...base, value: words });
  } else if (m[6]) {
    const words = phrase(m[6]);
    const base = { kind: "date" as const, text: m[0], start: at, end, rank: 3, relative: true };
    // "today" and "this morning" are the day of publication; "yesterday" and "last night" the day before.
    const offset = DAY_OFFSET[words] ?? 0;
    // "today's economy", "today's announcement": the present, not a day on which something happened.
    if (offset === 0 && /^['\u2019]s\b/.test(text.slice(end, end + 3))) return;
    out.push(publishedAt ? { ...base, value: ymd(addDays(publishedAt, offset)), unit: "day" } : { ...base, value: words });
  } else if (m[7] && /^[A-Z]/.test(m[7])) {
    if (DATE_AFTER_WEEKDAY.test(text.slice(end, end + 12))) return;
    const start = end - m[7].length;
    // "Monday" is the most recent Monday on or before the day of publication.
    const resolved = publishedAt ? resolveLastThisNext("this", m[7], publishedAt) : null;
    const base = { kind: "date" as const, text: m[7], start, end, rank: 3, relative: true };
    out.push(resolved ? { ...base, ...resolved } : { ...base, value: m[7] });
  }
}
