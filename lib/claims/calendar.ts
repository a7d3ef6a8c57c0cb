// Month names and the arithmetic that resolves dates against the publication date. All calendar reads use UTC so
// the server's time zone never shifts a date.

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

export const MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December";
/** Capitalized month names and abbreviations (case-sensitive use: "may" the verb is not a month). */
export const MONTH = `${MONTH_FULL}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`;

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")];
}

export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function ym(year: number, month: number): string {
  // month may run past 1..12 after arithmetic
  const d = new Date(Date.UTC(year, month - 1, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/**
 * The year of a day or month written without one: the publication year, unless that would put the date more than
 * about three months after publication ("December 14" in a January article is last December).
 */
export function yearForMonth(month: number, day: number, publishedAt: Date): number {
  const y = publishedAt.getUTCFullYear();
  const candidate = Date.UTC(y, month - 1, day);
  return candidate > publishedAt.getTime() + 92 * 86400000 ? y - 1 : y;
}

/** "last September": the latest such month before the month of publication. */
export function resolveMonthOnly(month: number, publishedAt: Date): string {
  const y = publishedAt.getUTCFullYear();
  return ym(month >= publishedAt.getUTCMonth() + 1 ? y - 1 : y, month);
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86400000);
}
