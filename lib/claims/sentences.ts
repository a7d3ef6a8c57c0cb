// Sentence splitting tuned for news copy: abbreviations ("U.S.", "Dec.", "Gen."), initials, decimals, quotes,
// non-breaking spaces, and headings or captions that end at a line break without a full stop.
import type { SentenceSpan } from "./types";

// Titles that precede a name: a full stop after them never ends a sentence.
const NEVER_FINAL = new Set(
  (
    "mr mrs ms mx dr prof gen lt col maj capt cmdr cdr adm sgt cpl pvt gov sen rep rev hon pres brig supt insp amb " +
    "messrs mme mlle fr mt e.g i.e cf viz"
  ).split(" "),
);
// Words that are usually abbreviated before a number ("No. 5", "Dec. 14", "Fig. 2").
const BEFORE_NUMBER = new Set(
  "no nos vol fig art sec ch pp p jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);
// Abbreviations that can also end a sentence ("... at Acme Inc. The firm ...", "Martin Luther King Jr. He ...",
// "on Main St. The ..."); "St. Louis" and "Jr. Smith" are not split because their next word is not a STARTER.
const MAYBE_FINAL = new Set(
  "inc ltd co corp bros plc llc etc vs approx est dept univ ave blvd rd al jr sr st ft a.m p.m".split(" "),
);
// After an ambiguous abbreviation, a new sentence usually starts with one of these words.
const STARTERS = new Set(
  (
    "The This That These Those It Its He She They We I You In On At But And However A An There Their His Her Our " +
    "As After Before When While If For So Yet Then Now Today Meanwhile Moreover Also Still According Since Despite " +
    "Although Though What Why How Who Some Many Most All Both One Last Next By With Under From Over During Such " +
    "Even Instead Later Earlier Previously Furthermore Thus Hence Indeed Nonetheless Nevertheless Officials " +
    // Plural subjects that open news sentences ("... at Acme Inc. Shares fell 5%").
    "Police Authorities Analysts Investors Shares Prices Sales Revenue Critics Residents Witnesses Prosecutors " +
    "Experts Researchers Data Figures Several Each Every Another No Only Until Because Although"
  ).split(" "),
);

const CLOSERS = "\"'\u201d\u2019)]\u00bb";

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\u00a0" || ch === "\u202f" || ch === "\u2009" || ch === "\u2007" ||
    ch === "\f" || ch === "\v" || ch === "\u2002" || ch === "\u2003" || ch === "\u200a" || ch === "\u3000";
}

function isWhite(ch: string): boolean {
  return isSpace(ch) || ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029";
}

function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

interface Line {
  start: number;
  end: number;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** Lines between breaks; `test` + `lastIndex` rather than `exec`, whose match array per line was garbage. */
function lines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  LINE_BREAK.lastIndex = 0;
  while (LINE_BREAK.test(text)) {
    const after = LINE_BREAK.lastIndex;
    const at = text.charCodeAt(after - 1) === 10 && text.charCodeAt(after - 2) === 13 ? after - 2 : after - 1;
    out.push({ start: pos, end: at });
    pos = after;
  }
  out.push({ start: pos, end: text.length });
  return out;
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isWhite(text[start])) start++;
  while (end > start && isWhite(text[end - 1])) end--;
  return [start, end];
}

// Bullets as they come out of HTML, Word and PDF copy, numbered items and "a)" items.
const LIST_MARKER = /^\s*(?:[-*+#>\u2022\u2023\u2043\u2013\u2014\u00b7\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25e6\u25ba\u25b6\u2192\u2713\u2714]|\d{1,3}[.)]|[a-z]\))\s/;

/**
 * Hard-wrapped text (e-mail, some Markdown) breaks lines inside sentences; there a single line break does not end a
 * sentence. We call a text hard-wrapped when most of its non-empty lines run straight into another non-empty line and
 * no line is very long.
 */
function isHardWrapped(text: string, ls: Line[]): boolean {
  let nonEmpty = 0;
  let continued = 0;
  let maxLen = 0;
  for (let i = 0; i < ls.length; i++) {
    const len = ls[i].end - ls[i].start;
    if (len === 0 || !/\S/.test(text.slice(ls[i].start, ls[i].end))) continue;
    nonEmpty++;
    if (len > maxLen) maxLen = len;
    const next = ls[i + 1];
    // A run of list items is one item per line, not a paragraph broken by wrapping.
    const nextText = next ? text.slice(next.start, Math.min(next.end, next.start + 8)) : "";
    if (next && next.end > next.start && /\S/.test(nextText) && !LIST_MARKER.test(nextText)) continued++;
  }
  return nonEmpty >= 6 && maxLen <= 120 && continued >= nonEmpty * 0.5;
}

/** Width of the widest line: in hard-wrapped text a line that stops well short of it ends where its author ended it. */
function widest(ls: Line[]): number {
  let w = 0;
  for (const l of ls) w = Math.max(w, l.end - l.start);
  return w;
}

function endsWithTerminal(text: string, end: number, start: number): boolean {
  let i = end - 1;
  while (i >= start && (isWhite(text[i]) || CLOSERS.includes(text[i]))) i--;
  return i >= start && ".!?:;\u2026".includes(text[i]);
}

// A line that stops on one of these words was broken mid-sentence ("signed in\nSeptember 2022").
const FUNCTION_WORD_END = /\b(?:in|of|the|a|an|and|or|to|for|with|on|at|by|from|as|than|that|which|who|its|their|his|her)$/i;

function endsWithFunctionWord(text: string, line: Line): boolean {
  return FUNCTION_WORD_END.test(text.slice(Math.max(line.start, line.end - 12), line.end));
}

/** Blocks are runs of text that no line break divides: paragraphs, headings, captions. */
function blocks(text: string): Line[] {
  const ls = lines(text);
  const wrapped = isHardWrapped(text, ls);
  const width = wrapped ? widest(ls) : 0;
  const out: Line[] = [];
  let cur: Line | null = null;
  for (let i = 0; i < ls.length; i++) {
    let s = ls[i].start;
    let e = ls[i].end;
    while (s < e && isWhite(text[s])) s++;
    while (e > s && isWhite(text[e - 1])) e--;
    if (s === e) {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    if (cur) {
      const firstCh = text[s];
      const lineText = text.slice(s, Math.min(e, s + 8));
      // In wrapped text, a line followed by a capital is a list item or heading without a full stop when it is short
      // or starts with a capital itself (wrapping breaks mostly before lower-case words).
      const prev = ls[i - 1];
      const shortLine =
        wrapped && !isLower(firstCh) && !endsWithFunctionWord(text, prev) && !/,\s*$/.test(text.slice(prev.start, prev.end)) &&
        (prev.end - prev.start < width * 0.6 || !isLower(text[trimRange(text, prev.start, prev.end)[0]] ?? "a"));
      const joins =
        !LIST_MARKER.test(lineText) &&
        ((wrapped && !shortLine) ||
          (!endsWithTerminal(text, cur.end, cur.start) && (isLower(firstCh) || endsWithFunctionWord(text, cur))));
      if (joins) {
        cur.end = e;
        continue;
      }
      out.push(cur);
    }
    cur = { start: s, end: e };
  }
  if (cur) out.push(cur);
  return out;
}

/** The word (letters and inner dots) just before position `dot`, lower-cased, without the final dot. */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot - 1;
  while (i >= floor && (isLetter(text[i]) || text[i] === ".")) i--;
  return text.slice(i + 1, dot);
}

function nextWord(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && (CLOSERS.includes(text[i]) || "\"'\u201c\u2018(".includes(text[i]))) i++;
  const s = i;
  while (i < end && isLetter(text[i])) i++;
  return text.slice(s, i);
}

function isBoundary(text: string, at: number, hasClosers: boolean, next: number, end: number, floor: number): boolean {
  if (next >= end) return true;
  const ch = text[next];
  if (isLower(ch)) return false;
  if (text[at] !== ".") return true;
  // A run of dots is an ellipsis: a boundary only before a capital.
  if (at > floor && text[at - 1] === ".") return isLetter(ch) && !isLower(ch);
  const word = wordBefore(text, at, floor);
  if (word === "" || hasClosers) return true;
  const lower = word.toLowerCase();
  // "at a McDonald's. Police said": the "s" of a possessive or a brand is not an initial.
  const possessive = word.length === 1 && at - 2 >= floor && (text[at - 2] === "'" || text[at - 2] === "\u2019");
  if (possessive) return true;
  if (NEVER_FINAL.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower)) {
    if (isDigit(ch)) return false;
    // "He said no. Police ...": without a number after it, a lower-case "no" or "art" is the word, not "No." ("Mar."
    // and the other months stay ambiguous: "in Dec. Officials" is rare, "Dec. 14" is not).
    if (word === lower) return true;
  }
  // Initials ("Antony J. Blinken") and dotted acronyms ("U.S.", "D.C.") rarely end a sentence; when one does, the
  // next sentence usually begins with a common function word.
  const ambiguous = word.length === 1 || word.includes(".") || MAYBE_FINAL.has(lower) || BEFORE_NUMBER.has(lower);
  if (ambiguous) return STARTERS.has(nextWord(text, next, end));
  return true;
}

/** The end of a footnote marker ("[4]", "[C]", "[12]") starting at `at`, or `at` when there is none. */
function footnoteEnd(text: string, at: number, end: number): number {
  if (text[at] !== "[") return at;
  let k = at + 1;
  while (k < end && k - at <= 3 && (isDigit(text[k]) || isLetter(text[k]))) k++;
  return k > at + 1 && text[k] === "]" ? k + 1 : at;
}

const TERMINATOR = /[.!?\u2026]/g;

/** The next sentence terminator (. ! ? …) at or after `from` and before `end`, or -1. `test` leaves the position in
 * `lastIndex` without the match array `exec` makes (one per full stop was garbage); the regex engine skips to the next
 * candidate faster than a JavaScript loop over the characters. */
function nextTerminator(text: string, from: number, end: number): number {
  TERMINATOR.lastIndex = from;
  if (!TERMINATOR.test(text)) return -1;
  const at = TERMINATOR.lastIndex - 1;
  return at < end ? at : -1;
}

function splitBlock(text: string, bs: number, be: number, out: SentenceSpan[]): void {
  let sentStart = bs;
  let from = bs;
  for (let at = nextTerminator(text, from, be); at >= 0; at = nextTerminator(text, from, be)) {
    let j = at + 1;
    while (j < be && (text[j] === "." || text[j] === "!" || text[j] === "?" || text[j] === "\u2026")) j++;
    const lastTerm = j - 1;
    while (j < be && CLOSERS.includes(text[j])) j++;
    // Footnote markers after the full stop ("in December.[C] It was held") belong to the sentence they close.
    let f = footnoteEnd(text, j, be);
    while (f > j) {
      j = f;
      while (j < be && CLOSERS.includes(text[j])) j++;
      f = footnoteEnd(text, j, be);
    }
    if (j < be && !isSpace(text[j])) {
      from = j;
      continue;
    }
    let k = j;
    while (k < be && isWhite(text[k])) k++;
    if (isBoundary(text, lastTerm, j > lastTerm + 1, k, be, bs)) {
      push(text, sentStart, j, out);
      sentStart = k;
    }
    from = Math.max(j, at + 1);
  }
  push(text, sentStart, be, out);
}

function push(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isWhite(text[s])) s++;
  while (e > s && isWhite(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/** Sentences of `text`, with JavaScript string offsets; `text.slice(start, end) === text` for each. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const b of blocks(text)) splitBlock(text, b.start, b.end, out);
  return out;
}
