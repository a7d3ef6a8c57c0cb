// Quotations: pairs of curly or straight double quotes (and British single quotes) within a paragraph, with the
// speaker when the text names one. A quotation may run across sentences; callers use its span to merge them.
import { isWordChar } from "./candidate";
import { fullestSpeakers } from "./fullnames";
import { nameOf } from "./names";
import { SAY_VERBS, findSpeaker, subjectBefore } from "./speakers";

export interface QuoteFound {
  /** span including the quote marks */
  start: number;
  end: number;
  /** the quoted words, without marks or the trailing comma/period that house style puts inside them */
  innerStart: number;
  innerEnd: number;
  words: number;
  speaker?: string;
  attributed: boolean;
}

const MAX_QUOTE = 3000;
const SPEAKER_WINDOW = 400;
const LF = 10;
const DQ = 34;
const APOS = 39;
const LDQ = 0x201c;
const RDQ = 0x201d;
const LSQ = 0x2018;
const RSQ = 0x2019;
const MARKS = /[\u201c\u201d"\u2018\u2019\n]/g;
// Straight single quotes are read only in texts that open a quotation with one somewhere (tabloid copy); elsewhere
// every apostrophe would be looked at for nothing.
const MARKS_WITH_APOS = /[\u201c\u201d"\u2018\u2019'\n]/g;
/** Somewhere a straight single quote opens a quotation: after a space, "(" or ":", before a capital or a currency. */
function opensWithApostrophe(text: string): boolean {
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
    const before = text[i - 1];
    if (before !== undefined && before !== " " && before !== "(" && before !== ":" && before !== "\n") continue;
    const c = text.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || c === 0xa3 || c === 36 || c === 0x20ac) return true;
  }
  return false;
}

function isLetterOrDigit(ch: string | undefined): boolean {
  return isWordChar(ch) && ch !== "_";
}

/** Pairs of marks: [open, close] positions of the marks themselves. */
function pairMarks(text: string): [number, number][] {
  const pairs: [number, number][] = [];
  let openDouble = -1;
  let openStraight = -1;
  let openSingle = -1;
  let openApos = -1;
  const marks = opensWithApostrophe(text) ? MARKS_WITH_APOS : MARKS;
  // `test` leaves the mark's position in lastIndex without the match array `exec` makes (garbage, one per mark).
  marks.lastIndex = 0;
  while (marks.test(text)) {
    const i = marks.lastIndex - 1;
    const ch = text.charCodeAt(i);
    if (ch === LF) {
      openSingle = -1;
      openApos = -1;
      if (openDouble < 0 && openStraight < 0) continue;
      // A quotation that runs on into a paragraph opening with a fresh quote mark is a multi-paragraph quote:
      // close it at the paragraph end. Otherwise an unclosed mark is a typo; drop it.
      let k = i;
      while (k < text.length && k - i < 200 && /\s/.test(text[k])) k++;
      const nextOpens = text[k] === "\u201c" || text[k] === '"';
      let e = i;
      while (e > 0 && i - e < 200 && /\s/.test(text[e - 1])) e--;
      if (openDouble >= 0 && nextOpens) pairs.push([openDouble, e]);
      if (openStraight >= 0 && nextOpens) pairs.push([openStraight, e]);
      openDouble = openStraight = openSingle = -1;
      continue;
    }
    if (ch === APOS) {
      // Straight single quotes (British tabloid style: 'It is very slow,' he said). An apostrophe sits inside a
      // word ("don't") or after one ("lawyers' fees", which can only close an open quotation).
      if (openDouble >= 0 || openStraight >= 0) continue;
      const before = text[i - 1];
      const after = text[i + 1];
      // most are apostrophes inside a word ("it's"): nothing to do, and the cheapest test first
      if (isLetterOrDigit(before) && isLetterOrDigit(after)) continue;
      const opens = (before === undefined || /[\s(:\u2014-]/.test(before)) && after !== undefined && /[\p{L}\p{N}£$€]/u.test(after);
      if (opens) {
        if (openApos >= 0 && /[.?!]/.test(text[i - 2] ?? "") && i - openApos < 600) {
          // 'A. 'B.': a run-on quotation; close the first at its last word
          let e = i;
          while (e > openApos && /\s/.test(text[e - 1])) e--;
          pairs.push([openApos, e]);
        }
        openApos = i;
      } else if (openApos >= 0 && !isLetterOrDigit(after) && isLetterOrDigit(before) || (openApos >= 0 && /[.,?!]/.test(before ?? ""))) {
        if (i - openApos < 600) pairs.push([openApos, i + 1]);
        openApos = -1;
      }
      continue;
    }
    if (ch === LDQ) openDouble = i;
    else if (ch === RDQ) {
      if (openDouble >= 0 && i - openDouble < MAX_QUOTE) pairs.push([openDouble, i + 1]);
      openDouble = -1;
    } else if (ch === DQ) {
      if (openStraight < 0) {
        openStraight = i;
      } else if (runsOn(text, i)) {
        // `said: "A. "B."`: a paragraph break lost in the copy leaves a quote mark that opens, not closes (BBC's
        // run-on quotations). Close the first quotation at its last word and open the next one here.
        let e = i;
        while (e > openStraight && /\s/.test(text[e - 1])) e--;
        if (i - openStraight < MAX_QUOTE) pairs.push([openStraight, e]);
        openStraight = i;
      } else {
        if (i - openStraight < MAX_QUOTE) pairs.push([openStraight, i + 1]);
        openStraight = -1;
      }
    } else if (ch === LSQ) {
      if (!isLetterOrDigit(text[i - 1]) && openDouble < 0 && openStraight < 0) openSingle = i;
    } else if (ch === RSQ) {
      // An apostrophe sits between letters ("Pakistan’s"); a closing single quote does not.
      if (openSingle < 0) continue;
      if (!isLetterOrDigit(text[i + 1]) && i - openSingle < 600) {
        pairs.push([openSingle, i + 1]);
        openSingle = -1;
      }
    }
  }
  return pairs;
}

/** A straight quote mark after a sentence end and a space, before a capital letter: it opens a quotation. */
function runsOn(text: string, i: number): boolean {
  return /\s/.test(text[i - 1] ?? "") && /[.?!]/.test(text[i - 2] ?? "") && /[A-Z\p{Lu}'‘]/u.test(text[i + 1] ?? "");
}

const isSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/u.test(String.fromCodePoint(c)));
const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCodePoint(c)));

/** The words between `start` and `end`: runs between spaces with a letter or a digit in them (no string is cut out). */
function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; ) {
    const c = text.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    if (isSpaceCode(c)) inWord = false;
    else if (!inWord && isWordCode(c)) {
      words++;
      inWord = true;
    }
  }
  return words;
}

function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !/^(?:of|on|the|and|a|an|in|for|to|at|by)$/.test(w));
  return words.length > 0 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

export interface SentenceLookup {
  /** start and end of the sentence containing position `at` */
  sentenceAt(at: number): { start: number; end: number } | undefined;
}

export function scanQuotes(text: string, lookup: SentenceLookup): QuoteFound[] {
  const out: QuoteFound[] = [];
  for (const [open, closeEnd] of pairMarks(text)) {
    const closed = text[closeEnd - 1] === "\u201d" || text[closeEnd - 1] === '"' || text[closeEnd - 1] === "\u2019" || text[closeEnd - 1] === "'";
    let innerStart = open + 1;
    let innerEnd = closed ? closeEnd - 1 : closeEnd;
    while (innerStart < innerEnd && /\s/.test(text[innerStart])) innerStart++;
    while (innerEnd > innerStart && /[\s,.;:]/.test(text[innerEnd - 1])) innerEnd--;
    if (innerEnd <= innerStart) continue;
    const inner = text.slice(innerStart, innerEnd);
    const words = countWords(text, innerStart, innerEnd);
    if (words === 0) continue;
    const first = lookup.sentenceAt(open);
    const last = lookup.sentenceAt(Math.max(open, closeEnd - 1));
    // The speaker is named within a few hundred characters of the quote; a longer window only costs time.
    const pre = first ? text.slice(Math.max(first.start, open - SPEAKER_WINDOW), open) : "";
    const post = last ? text.slice(closeEnd, Math.min(last.end, closeEnd + SPEAKER_WINDOW)) : "";
    const who = findSpeaker({ pre, post });
    // A short title-case phrase (“War on Terror”) mentioned mid-sentence is a name or a slogan, not a quotation,
    // even in a sentence with a speech verb somewhere before it.
    if (words <= 5 && isTitleCase(inner) && (who.distance ?? 0) > 3) {
      who.attributed = false;
      who.name = undefined;
    }
    // A whole sentence in quotation marks is someone's statement even when no verb says whose ("Since then, I feel
    // very confident …" after a sentence about the player): news prints no other kind.
    if (!who.attributed && words >= 6 && /^[A-Z\p{Lu}]/u.test(inner) && !isTitleCase(inner)) who.attributed = true;
    out.push({ start: open, end: closeEnd, innerStart, innerEnd, words, speaker: who.name, attributed: who.attributed });
  }
  out.sort((a, b) => a.start - b.start);
  pronounSpeakers(text, out);
  inheritSpeakers(text, out);
  fullestSpeakers(text, out);
  return out;
}

/**
 * “We will go,” he said. “We will win.” — a quote with no attribution of its own, or one given to a pronoun, takes
 * the speaker of the quotation just before it when little text separates them.
 */
function inheritSpeakers(text: string, quotes: QuoteFound[]): void {
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i];
    const prev = quotes[i - 1];
    const gap = q.start - prev.end;
    // A run-on quotation (`"A. "B."`) belongs to whoever said the first part, named or not.
    if (!q.attributed && prev.attributed && gap <= 2) q.attributed = true;
    if (q.speaker || !prev.speaker) continue;
    const between = text.slice(prev.end, q.start);
    // A new paragraph that opens with a quotation goes on with the last speaker ('…,” said Mr Howard.¶“I don't…'),
    // when only the attribution stands between them.
    const nextParagraph = between.includes("\n\n") && gap < 160 && /\n\s*$/.test(between) && !between.trim().includes("\n");
    if (gap > 400 || (between.includes("\n\n") && !nextParagraph)) continue;
    // An unattributed run-on needs to be a real sentence fragment, not a scare-quoted term.
    if (q.attributed || (gap < 200 && q.words >= 3) || nextParagraph) {
      q.speaker = prev.speaker;
      q.attributed = true;
    }
  }
}

const SAY_BEFORE = new RegExp(String.raw`\b(?:${SAY_VERBS})\b`, "g");

/**
 * “…,” she said — a quotation given to a pronoun takes the person last named as the subject of a speech verb in
 * the same paragraph before it ("Lisa Power, head of policy at …, said the policy was …").
 */
function pronounSpeakers(text: string, quotes: QuoteFound[]): void {
  for (const q of quotes) {
    if (q.speaker || !q.attributed) continue;
    let from = Math.max(0, q.start - SPEAKER_WINDOW);
    const para = text.lastIndexOf("\n\n", q.start);
    if (para >= from) from = para + 2;
    const before = text.slice(from, q.start);
    // The last verb whose subject is a name wins: verbs are found first, then asked from the last one back.
    const verbs: number[] = [];
    SAY_BEFORE.lastIndex = 0;
    for (let v = SAY_BEFORE.exec(before); v; v = SAY_BEFORE.exec(before)) verbs.push(v.index);
    for (let k = verbs.length - 1; k >= 0; k--) {
      // the subject of the verb within its own sentence
      const head = before.slice(0, verbs[k]);
      const cut = Math.max(head.lastIndexOf(". "), head.lastIndexOf("? "), head.lastIndexOf("! "), head.lastIndexOf('." '));
      const who = nameOf(subjectBefore(head.slice(cut + 1)));
      if (who) {
        q.speaker = who;
        break;
      }
    }
  }
}
