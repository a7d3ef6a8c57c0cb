// Absolute dates: full dates in the common news styles, month and year, ISO and slashed dates, decades, and bare
// years when the words around them say they are years ("in 2009", "the 2022 floods", "a 2022 speech"). A day or
// month written without a year ("December 14", "in September") takes it from a range it opens ("20 November to 18
// December 2022"), else from the publication date, else from the year the text mentions most; such dates are not
// marked relative (only deictic phrases like "last year" are, see relative.ts).
import { eachMatch, isDigitChar, isLetterChar, isWordChar, prevWord } from "./candidate";
import type { Candidate } from "./candidate";
import { MONTH, MONTH_FULL, monthNumber, pad, yearForMonth } from "./calendar";

const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;

// One pass over month names reads "Dec. 14, 2023" / "December 14" (day), "September 2022" (month and year) and a
// month on its own ("in September", "the devastating June earthquakes").
// Tried where a month name starts (sticky; see words.ts).
const MONTH_FIRST = new RegExp(String.raw`(${MONTH})\b\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(${YEAR}))?|,?\s+(${YEAR}))?`, "y");
/** Month names as written (capitalized: "may" is a verb, "march" a walk). */
export const MONTH_WORDS = MONTH.split("|");
// "14 December 2023", "5th of May"
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})\b\.?(?:,?\s+(${YEAR})\b)?`, "g");
const ISO = /\b((?:1[5-9]|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/g;
const MONTH_PREPOSITIONS = new Set(
  "in since until till by during from through throughout before after of early late mid to and or between last this next".split(" "),
);
// After a day that opens a range, the year that closes it: "20 November to 18 December 2022", "July 21-23, 2026".
const RANGE_YEAR = new RegExp(
  String.raw`^\s*(?:[-\u2013]|to|and|until|till|through)\s*(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:${MONTH})\.?)?|(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+((?:1[5-9]|20)\d\d)\b`,
);
const DECADE = /\b((?:1[5-9]|20)\d0)s\b|['\u2019](\d0)s\b/g;
// A four-digit year, maybe a range ("2019-20", "2009–2013"); the words around it decide whether it is a year.
const YEAR_TOKEN = new RegExp(String.raw`\b(${YEAR})(?:[-\u2013](\d{2}|${YEAR}))?\b`, "g");

const YEAR_BEFORE = new Set(
  (
    "in since by until till from through throughout during before after between of circa c. early late mid " +
    "around year years fiscal fy spring summer autumn fall winter end start beginning as back " +
    "season class vintage election elections budget census pre post"
  ).split(" "),
);
const DETERMINERS = new Set("the a an its his her their our this that whose".split(" "));
const YEAR_VERBS = new Set("was were is saw marked brought has had will would became ended began".split(" "));
// Nouns that follow a count, not a year: "the 2000 troops", "a 1500 people".
const COUNT_NOUNS =
  /^(?:people|persons|troops|soldiers|members|men|women|children|cases|deaths|workers|students|households|families|units|homes|houses|acres|hectares|tons|tonnes|km|miles|metres|meters|feet|votes|pages|words|times|employees|jobs|vehicles|rounds|refugees|migrants|militants|fighters|civilians|casualties|injured|dead|killed|patients|barrels|kilometres|kilometers|calories|points|runs|dollars|rupees|euros|years|months|weeks|days|hours|minutes)\b/i;

function nextWordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && (text[i] === " " || text[i] === "\u00a0")) i++;
  const s = i;
  while (i < text.length && (isLetterChar(text[i]) || text[i] === "-")) i++;
  return text.slice(s, i);
}

function isYearContext(text: string, start: number, end: number, lastYearEnd: number, m2?: string): boolean {
  const prevCh = text[start - 1];
  if (prevCh !== undefined && "$€£¥₹.,/#".includes(prevCh)) return false;
  const after = text.slice(end, end + 12);
  if (/^(?:%|\s*(?:percent|per cent)\b|[.,]\d)/.test(after)) return false;
  // "well above 2003's 9.1%": a year in the possessive
  if ((text[end] === "'" || text[end] === "\u2019") && text[end + 1] === "s" && !isLetterChar(text[end + 2])) {
    const y = Number(text.slice(start, start + 4));
    if (y >= 1900 && y < 2100) return true;
  }
  const before = prevWord(text, start);
  // After a hyphen only "mid-2022", "pre-2019", "post-2001" are years; "F-2022" is a code.
  if (prevCh === "-" || prevCh === "\u2013") return /^(?:mid|pre|post|early|late)$/.test(before);
  if (before === "and" || before === "or" || before === "to" || before === "than") return start - lastYearEnd < 40;
  if (YEAR_BEFORE.has(before)) return true;
  const next = nextWordAfter(text, end);
  // "for 2024-25", "for 2030", but not "for 2000 people".
  if (before === "for") return !COUNT_NOUNS.test(next);
  if (DETERMINERS.has(before) || before === "'s") return next !== "" && !COUNT_NOUNS.test(next);
  if (YEAR_VERBS.has(next.toLowerCase())) return true;
  // "(2019)", "— 2019", "(USAID, 2023)", "in Q3 2023." — a year-like number closing a phrase is a year too.
  if (prevCh === "(" || (prevCh === " " && text[start - 2] === "\u2014")) return true;
  const y = Number(text.slice(start, start + 4));
  if (!(y >= 1900 && y < 2100)) return false;
  // A year used as a name's adjective: "2024 flood report", "2000 Olympic champion" — a count would be followed by
  // the plural it counts ("2024 homes").
  if (!m2 && next.length > 1 && !COUNT_NOUNS.test(next) && !/s$/i.test(next) && text[end] === " ") return true;
  return /^(?:[),;:]|\.(?!\d)|\s*$|\s*\n)/.test(text.slice(end, end + 2));
}

interface Pending extends Candidate {
  month: number;
  day?: number;
}

function cleanAfter(text: string, end: number): boolean {
  const ch = text[end];
  return !isWordChar(ch) && ch !== ":" && !((ch === "." || ch === ",") && isDigitChar(text[end + 1]));
}

/**
 * Dates in one text: `monthAt` is called at each month name, `scanDigits` finds the forms that start with a digit,
 * and `finish` gives days and months without a year their year once every explicit year is known.
 */
export class DateScan {
  private readonly pending: Pending[] = [];

  constructor(
    private readonly text: string,
    private readonly out: Candidate[],
    private readonly publishedAt?: Date | null,
  ) {}

  monthAt(at: number): void {
    const { text, out, pending } = this;
    MONTH_FIRST.lastIndex = at;
    const m = MONTH_FIRST.exec(text);
    if (!m) return;
    const month = monthNumber(m[1]);
    if (!month) return;
    const end = at + m[0].length;
    if (m[2]) {
      // "December 2023" also reads as "December 20" followed by a digit: that is the month-and-year form.
      const day = Number(m[2]);
      if (!m[3] && isDigitChar(text[end])) {
        const my = /^\.?,?\s+((?:1[5-9]|20)\d\d)(?!\d)/.exec(text.slice(at + m[1].length, at + m[1].length + 12));
        if (my) pushMonthYear(out, text, at, at + m[1].length + my[0].length, month, my[1]);
        return;
      }
      if (day < 1 || day > 31 || !cleanAfter(text, end)) return;
      pushDay(out, pending, m, month, day, m[3]);
    } else if (m[4]) {
      if (isDigitChar(text[end])) return;
      pushMonthYear(out, text, at, end, month, m[4]);
    } else if (MONTH_FULL_SET.has(m[1])) {
      monthOnly(text, pending, at, at + m[1].length, month, m[1]);
    }
  }

  finish(): void {
    resolvePending(this.text, this.out, this.pending, this.publishedAt);
  }

  scanDigits(): void {
    const { text, out, pending } = this;
    eachMatch(DAY_MONTH, text, (m) => {
      const month = monthNumber(m[2]);
      const day = Number(m[1]);
      const prev = text[m.index - 1];
      if (!month || day < 1 || day > 31 || (prev !== undefined && "$€£.,".includes(prev))) return;
      pushDay(out, pending, m, month, day, m[3]);
    });
    eachMatch(ISO, text, (m) => {
      out.push({ kind: "date", value: m[0], unit: "day", text: m[0], start: m.index, end: m.index + m[0].length, rank: 2 });
    });
    eachMatch(SLASHED, text, (m) => {
      let a = Number(m[1]);
      let b = Number(m[2]);
      // US order (month/day) unless the first number cannot be a month.
      if (a > 12) [a, b] = [b, a];
      if (a < 1 || a > 12 || b < 1 || b > 31 || text[m.index - 1] === "/" || text[m.index + m[0].length] === "/") return;
      out.push({ kind: "date", value: `${m[3]}-${pad(a)}-${pad(b)}`, unit: "day", text: m[0], start: m.index, end: m.index + m[0].length, rank: 2 });
    });
    eachMatch(DECADE, text, (m) => {
      let decade = m[1];
      if (!decade) {
        const d = Number(m[2]);
        decade = String((d <= 20 ? 2000 : 1900) + d);
      }
      out.push({ kind: "date", value: `${decade}s`, unit: "decade", text: m[0], start: m.index, end: m.index + m[0].length, rank: 3 });
    });
    let lastYearEnd = -1000;
    eachMatch(YEAR_TOKEN, text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (!isYearContext(text, start, end, lastYearEnd, m[2])) return;
      lastYearEnd = end;
      let value = m[1];
      if (m[2]) {
        const to = m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2];
        if (Number(to) <= Number(m[1])) return;
        value = `${m[1]}/${to}`;
      }
      out.push({ kind: "date", value, unit: "year", text: m[0], start, end, rank: 4 });
    });
  }
}

/** Gives days and months written without a year the year that the range, the publication or the text implies. */
function resolvePending(text: string, out: Candidate[], pending: Pending[], publishedAt?: Date | null): void {
  if (pending.length === 0) return;
  let docYear: number | undefined;
  if (!publishedAt) {
    const counts = new Map<string, number>();
    for (const c of out) {
      const y = typeof c.value === "string" ? /^(\d{4})(?:-|$)/.exec(c.value)?.[1] : undefined;
      if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
    let best = 0;
    for (const [y, n] of counts) {
      if (n > best) {
        docYear = Number(y);
        best = n;
      }
    }
  }
  pending.sort((a, b) => a.start - b.start);
  const years: (number | undefined)[] = pending.map((p) => {
    const range = p.day ? RANGE_YEAR.exec(text.slice(p.end, p.end + 40)) : null;
    return range ? Number(range[1]) : publishedAt ? yearForMonth(p.month, p.day ?? 1, publishedAt) : docYear;
  });
  // "between January and October": both ends of a range fall in the year of the later one.
  for (let i = pending.length - 2; i >= 0; i--) {
    const gap = text.slice(pending[i].end, pending[i + 1].start);
    if (/^\s*(?:-|\u2013|and|to|through|until|till)\s*$/.test(gap) && pending[i].month <= pending[i + 1].month) years[i] = years[i + 1];
  }
  pending.forEach((p, i) => {
    const { month, day, ...c } = p;
    const year = years[i];
    if (year === undefined) out.push(c);
    else out.push({ ...c, value: day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}` });
  });
}

const MONTH_FULL_SET = new Set(MONTH_FULL.split("|"));

function pushMonthYear(out: Candidate[], text: string, start: number, end: number, month: number, year: string): void {
  out.push({ kind: "date", value: `${year}-${pad(month)}`, unit: "month", text: text.slice(start, end), start, end, rank: 2 });
}

function monthOnly(text: string, pending: Pending[], start: number, end: number, month: number, name: string): void {
  if (/^\.?\s*\d|^\s+[A-Z]/.test(text.slice(end, end + 4))) return;
  const before = prevWord(text, start);
  // "May" is also a verb and "March" a noun: only after a preposition. Other months may follow an adjective.
  const afterLowerWord = /[a-z]\s$/.test(text.slice(Math.max(0, start - 2), start));
  if (!(MONTH_PREPOSITIONS.has(before) || (afterLowerWord && name !== "May" && name !== "March"))) return;
  pending.push({ kind: "date", value: name, unit: "month", text: name, start, end, rank: 3, month });
}

function pushDay(out: Candidate[], pending: Pending[], m: RegExpExecArray, month: number, day: number, year: string | undefined): void {
  const base = { kind: "date" as const, unit: "day", text: m[0].trimEnd(), start: m.index, end: m.index + m[0].trimEnd().length, rank: 2 };
  if (year) out.push({ ...base, value: `${year}-${pad(month)}-${pad(day)}` });
  else pending.push({ ...base, value: m[0], month, day });
}
