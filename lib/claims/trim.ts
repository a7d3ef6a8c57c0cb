// The smallest span that carries the whole assertion: leads.ts cuts what comes before the claim; here an attribution
// tail (", the bureau reported today") and, after the last figure, clauses of purpose or promotion (tails.ts:
// ", ensuring America's leadership …", "to advance …", ", which supports …") are cut. Nothing holding a value, an
// event or a quotation is ever cut.
import { isAsciiLetter, skipSpace, trimLead } from "./leads";
import { lowerBound } from "./marks";
import type { Mark, Part } from "./marks";
import type { QuoteFound } from "./quotes";
import { purposeTail } from "./tails";

const markStart = (m: Mark) => m.start;

/** A mark that dates an attribution ("reported today", "said on Monday") rather than the claim. */
export interface TrimMark extends Mark {
  relativeDay: boolean;
}

// A claim this short is left whole after its last figure: a purpose clause in it costs a reader nothing.
const MIN_TRIMMED = 110;
// ", the U.S. Bureau of Labor Statistics reported today." — who reported it is not part of what is checked.
const ATTRIBUTION_TAIL =
  /,\s+(?:(?:the|a|an)\s+)?[^,;\u201c\u201d"]{2,80}?\s+(?:said|says|reported|announced|added|noted|stated|told\s+[^,;]{2,40})(?:\s+(?:on\s+\w+|today|yesterday|in\s+a\s+statement|last\s+week|this\s+week|\w+day))?\.?$/;
const TAIL_LAST_WORDS = new Set(
  "said says reported announced added noted stated today yesterday statement week monday tuesday wednesday thursday friday saturday sunday".split(" "),
);
function endsLikeAttribution(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && end - i < 4 && !isAsciiLetter(text.charCodeAt(i))) i--;
  const last = i;
  while (i >= 0 && isAsciiLetter(text.charCodeAt(i))) i--;
  // The words that end a tail are 5 to 9 letters long ("said", "today", "statement", "Thursday").
  return last - i >= 4 && last - i <= 9 && TAIL_LAST_WORDS.has(text.slice(i + 1, last + 1).toLowerCase());
}

/** At least `n` words in text[start, end) outside the marks (sorted by start). */
function wordsBesides(text: string, start: number, end: number, marks: Mark[], n: number): boolean {
  let k = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    while (k < marks.length && marks[k].end <= i) k++;
    // Inside a mark: jump to its end.
    if (k < marks.length && marks[k].start <= i) {
      i = marks[k].end - 1;
      inWord = false;
      continue;
    }
    const letter = isAsciiLetter(text.charCodeAt(i));
    if (letter && !inWord && --n <= 0) return true;
    inWord = letter;
  }
  return false;
}

/** Places a tail may start, read at most this many: a claim rarely has more purpose clauses than that. */
const MAX_TAILS = 6;

/**
 * Where to end a long claim whose last figure is at `last`. Of the places a purpose or promotion clause starts, up to
 * the first set off by a comma, the last one that brings the claim within MIN_TRIMMED wins ("$9 million to expand a
 * pier in Darwin", without "to enhance maritime law enforcement …"), else the first. A figure alone asserts nothing:
 * a cut must leave a few words besides the values ("$2.1 billion to modernize air traffic control", not "$2.1
 * billion").
 */
function tailCut(text: string, start: number, end: number, last: number, marks: Mark[], quoted: boolean): number {
  let first = end;
  let within = end;
  let from = last;
  for (let n = 0; n < MAX_TAILS; n++) {
    const cut = purposeTail(text, from, end);
    if (cut >= end) break;
    from = cut + 1;
    // A quotation keeps the source it is given to ("…,” according to state media).
    if (quoted && /^,\s+according\b/.test(text.slice(cut, cut + 14))) continue;
    if (!wordsBesides(text, start, cut, marks, 3)) continue;
    if (first === end) first = cut;
    if (cut - start <= MIN_TRIMMED) within = cut;
    // A clause set off by a comma (", ensuring …", ", to enhance …") ends the claim: nothing after it is read.
    if (cut - start > MIN_TRIMMED || text[cut] === ",") break;
  }
  return within < end ? within : first;
}

/** Spaces and the punctuation a claim does not end with. */
function isLoose(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014;
}

export function trimPart(text: string, p: Part, unitMarks: TrimMark[], quotes: QuoteFound[]): Part {
  let { start, end } = p;
  // Only the marks inside the part matter; a sentence split into many parts must not read all of them each time.
  const marks =
    unitMarks.length > 16 ? unitMarks.slice(lowerBound(unitMarks, start, markStart), lowerBound(unitMarks, end, markStart)) : unitMarks;
  start = skipSpace(text, start, end);
  while (end > start && isLoose(text.charCodeAt(end - 1))) end--;
  start = trimLead(text, start, end, marks);
  const quoted = quotes.some((q) => q.start >= start && q.start < end);
  // Drop an attribution tail that holds no value, unless a quotation needs its speaker. A day in the tail dates the
  // report ("reported today"), not the claim.
  if (endsLikeAttribution(text, end) && !quoted) {
    const tail = ATTRIBUTION_TAIL.exec(text.slice(Math.max(start, end - 140), end));
    if (tail) {
      const cut = end - tail[0].length;
      if (cut > start && !marks.some((m) => m.end > cut && m.start < end && !m.relativeDay)) end = cut;
    }
  }
  // Purpose and promotion after the last value, event or quotation — in a claim long enough for them to matter.
  let last = -1;
  for (const m of marks) if (m.start >= start && m.start < end && m.end > last) last = m.end;
  if (last > start && end - start > MIN_TRIMMED) end = tailCut(text, start, end, last, marks, quoted);
  while (end > start && isLoose(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
