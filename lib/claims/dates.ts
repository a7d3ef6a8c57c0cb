// Absolute dates: full dates in the common news styles, month and year, ISO and slashed dates, decades, and bare
// years when the words around them say they are years ("in 2009", "the 2022 floods", "a 2022 speech"). Dates whose
// year must come from the publication date ("December 14", "in September") are marked relative.
import { eachMatch, type Candidate } from "./candidate";
import { MONTH, MONTH_FULL, monthNumber, pad, resolveMonthDay, resolveMonthOnly } from "./calendar";

const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;

// "Dec. 14, 2023", "December 14", "Sept. 5th, 2021"
const MONTH_DAY = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(${YEAR}))?(?![\p{L}\p{N}:]|[.,]\d)`,
  "gu",
);
// "14 December 2023", "5th of May"
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£.,])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})\b\.?(?:,?\s+(${YEAR})\b)?`,
  "gu",
);
// "September 2022", "late September 2022", "Sept. 2022"
const MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(?:(early|late|mid-?|Early|Late|Mid-?)\s*)?(${MONTH})\b\.?,?\s+(${YEAR})(?![\p{N}])`,
  "gu",
);
const ISO = /(?<![\p{L}\p{N}])((?:1[5-9]|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\p{N}])/gu;
const SLASHED = /(?<![\p{L}\p{N}/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\p{N}/])/gu;
// "in September", "since March": a month without a year after a preposition.
const MONTH_ONLY = new RegExp(
  String.raw`(?<=\b(?:in|In|since|Since|until|Until|by|By|during|During|from|From|through|before|Before|after|After|of|early|late|mid-|to|and|between|Between)\s)(${MONTH_FULL})\b(?!\s*\d)`,
  "gu",
);
const DECADE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(early|late|mid-?|Early|Late|Mid-?)\s*)?(?:(?:the|The)\s+)?(?:((?:1[5-9]|20)\d0)s|['\u2019](\d0)s)\b`,
  "gu",
);
// A four-digit year, maybe a range ("2019-20", "2009–2013"); the words around it decide whether it is a year.
const YEAR_TOKEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£¥₹.,\u2013/#])(${YEAR})(?:[-\u2013](\d{2}|${YEAR}))?(?![\p{L}\p{N}%]|[.,]\d|\s*(?:%|percent|per\s+cent))`,
  "gu",
);

const YEAR_BEFORE = new Set(
  (
    "in since by until till from to through throughout during before after between of circa c. early late mid " +
    "around year years fiscal fy spring summer autumn fall winter end start beginning as back and or than " +
    "season class vintage election elections budget census"
  ).split(" "),
);
const DETERMINERS = new Set("the a an its his her their our this that whose".split(" "));
const YEAR_VERBS = new Set("was were is saw marked brought has had will would became ended began".split(" "));
// Nouns that follow a count, not a year: "the 2000 troops", "a 1500 people".
const COUNT_NOUNS =
  /^(?:people|persons|troops|soldiers|members|men|women|children|cases|deaths|workers|students|households|families|units|homes|houses|acres|hectares|tons|tonnes|km|miles|metres|meters|feet|votes|pages|words|times|employees|jobs|vehicles|rounds|refugees|migrants|militants|fighters|civilians|casualties|injured|dead|killed|patients|barrels|kilometres|kilometers|calories|points|runs|dollars|rupees|euros)\b/i;

function prevWord(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\u00a0")) i--;
  const end = i + 1;
  while (i >= 0 && /[\p{L}.\-]/u.test(text[i])) i--;
  let w = text.slice(i + 1, end).toLowerCase();
  if (w === "s" && (text[i] === "\u2019" || text[i] === "'")) return "'s";
  if (w.endsWith("-")) w = w.slice(0, -1);
  return w;
}

function nextWordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && (text[i] === " " || text[i] === "\u00a0")) i++;
  const s = i;
  while (i < text.length && /[\p{L}\-]/u.test(text[i])) i++;
  return text.slice(s, i);
}

function isYearContext(text: string, start: number, end: number, lastYearEnd: number): boolean {
  const before = prevWord(text, start);
  // After a hyphen only "mid-2022", "pre-2019", "post-2001" are years; "F-2022" is a code.
  if (text[start - 1] === "-") return /^(?:mid|pre|post|early|late)$/.test(before);
  const after = nextWordAfter(text, end);
  if (before === "and" || before === "or" || before === "to" || before === "than") return start - lastYearEnd < 40;
  if (YEAR_BEFORE.has(before) || before.endsWith("-") || before === "mid") return true;
  if (DETERMINERS.has(before) || before === "'s") return after !== "" && !COUNT_NOUNS.test(after);
  if (YEAR_VERBS.has(after.toLowerCase())) return true;
  // "(2019)", "— 2019" and a year closing a dateline are years too.
  const prevCh = text[start - 1];
  return prevCh === "(" || (prevCh === " " && text[start - 2] === "\u2013");
}

export function scanDates(text: string, out: Candidate[], publishedAt?: Date | null): void {
  eachMatch(MONTH_DAY, text, (m) => {
    const month = monthNumber(m[1]);
    const day = Number(m[2]);
    if (!month || day < 1 || day > 31) return;
    pushDay(out, m, month, day, m[3], publishedAt);
  });
  eachMatch(DAY_MONTH, text, (m) => {
    const month = monthNumber(m[2]);
    const day = Number(m[1]);
    if (!month || day < 1 || day > 31) return;
    pushDay(out, m, month, day, m[3], publishedAt);
  });
  eachMatch(MONTH_YEAR, text, (m) => {
    const month = monthNumber(m[2]);
    if (!month) return;
    const q = m[1] ? { qualifier: m[1].toLowerCase(), bound: "approximate" as const } : {};
    out.push({ kind: "date", value: `${m[3]}-${pad(month)}`, unit: "month", text: m[0], start: m.index, end: m.index + m[0].length, rank: 2, ...q });
  });
  eachMatch(ISO, text, (m) => {
    out.push({ kind: "date", value: m[0], unit: "day", text: m[0], start: m.index, end: m.index + m[0].length, rank: 2 });
  });
  eachMatch(SLASHED, text, (m) => {
    let a = Number(m[1]);
    let b = Number(m[2]);
    // US order (month/day) unless the first number cannot be a month.
    if (a > 12) [a, b] = [b, a];
    if (a < 1 || a > 12 || b < 1 || b > 31) return;
    out.push({ kind: "date", value: `${m[3]}-${pad(a)}-${pad(b)}`, unit: "day", text: m[0], start: m.index, end: m.index + m[0].length, rank: 2 });
  });
  eachMatch(MONTH_ONLY, text, (m) => {
    const month = monthNumber(m[1]);
    if (!month) return;
    const value = publishedAt ? resolveMonthOnly(month, publishedAt) : m[0];
    out.push({ kind: "date", value, unit: "month", text: m[0], start: m.index, end: m.index + m[0].length, rank: 3, relative: true });
  });
  eachMatch(DECADE, text, (m) => {
    let decade = m[2];
    if (!decade) {
      const d = Number(m[3]);
      decade = String((d <= 20 ? 2000 : 1900) + d);
    }
    const q = m[1] ? { qualifier: m[1].toLowerCase(), bound: "approximate" as const } : {};
    out.push({ kind: "date", value: `${decade}s`, unit: "decade", text: m[0], start: m.index, end: m.index + m[0].length, rank: 3, ...q });
  });
  let lastYearEnd = -1000;
  eachMatch(YEAR_TOKEN, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (!isYearContext(text, start, end, lastYearEnd)) return;
    lastYearEnd = end;
    let value = m[1];
    const before = prevWord(text, start);
    // "early 2023", "mid-2022": kept as a qualifier, like "more than" on an amount.
    const q = /^(?:mid|early|late)$/.test(before) ? { qualifier: before, bound: "approximate" as const } : {};
    if (m[2]) {
      const to = m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2];
      if (Number(to) <= Number(m[1])) return;
      value = `${m[1]}/${to}`;
    }
    out.push({ kind: "date", value, unit: "year", text: m[0], start, end, rank: 4, ...q });
  });
}

function pushDay(
  out: Candidate[], m: RegExpExecArray, month: number, day: number, year: string | undefined, publishedAt?: Date | null,
): void {
  const base = { kind: "date" as const, unit: "day", text: m[0], start: m.index, end: m.index + m[0].length, rank: 2 };
  if (year) out.push({ ...base, value: `${year}-${pad(month)}-${pad(day)}` });
  else out.push({ ...base, value: publishedAt ? resolveMonthDay(month, day, publishedAt) : m[0], relative: true });
}
