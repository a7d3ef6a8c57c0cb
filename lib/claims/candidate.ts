// Values found by the individual scanners before overlaps between them are resolved, and the small text helpers the
// scanners share. Scanners use plain (non-Unicode, lookbehind-free) regexes anchored on a rare token and check
// word boundaries and qualifiers in code: that keeps detection above 5 MB/s.
import type { ClaimValue } from "./types";
import { QUALIFIER, QUALIFIERS, normalizeQualifier } from "./lexicon";

export interface Candidate extends ClaimValue {
  start: number;
  end: number;
  /** lower wins when two candidates of equal length overlap */
  rank: number;
  /** a second reading of the same words, reported alongside this one ("over a decade ago" is also 10 years) */
  companion?: Candidate;
  /** a window that defines a measure ("in the prior 12 months"), weighed lightly when scoring */
  definitional?: boolean;
}

/** Runs a global regex over `text`, calling `fn` for each match; never loops on an empty match. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

/** A letter or digit (any script) or underscore. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return NON_ASCII_WORD.test(ch);
}

export function isLetterChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ch.toLowerCase() !== ch.toUpperCase();
}

export function isDigitChar(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** The lower-cased word just before `at`, skipping spaces; "'s" for a possessive. */
export function prevWord(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\u00a0")) i--;
  const end = i + 1;
  while (i >= 0 && (isLetterChar(text[i]) || text[i] === "." || text[i] === "-")) i--;
  let w = text.slice(i + 1, end).toLowerCase();
  if (w === "s" && (text[i] === "\u2019" || text[i] === "'")) return "'s";
  if (w.endsWith("-")) w = w.slice(0, -1);
  return w;
}

// "more than ", "up to an additional ": a hedge that ends right where a value starts.
const QUAL_BEFORE = new RegExp(String.raw`(?:^|[^A-Za-z])(${QUALIFIER})\s+$`, "i");
const QUAL_FILLER_BEFORE = new RegExp(
  String.raw`(?:^|[^A-Za-z])(${QUALIFIER})\s+(?:an?\s+)?(?:additional|further|extra|another)\s+$`,
  "i",
);

export interface Hedge {
  start: number;
  qualifier?: string;
  bound?: ClaimValue["bound"];
  raw?: string;
}

// The last word of every qualifier (and of the filler after one): most values have none of these before them, and
// checking one word is much cheaper than running the qualifier regex.
const HEDGE_LAST_WORDS = new Set(
  Object.keys(QUALIFIERS)
    .map((q) => q.split(" ").pop() as string)
    .concat(["additional", "further", "extra", "another"]),
);

/** The qualifier written just before `start`, if any, and where it begins. */
export function hedgeBefore(text: string, start: number, allowFiller = false): Hedge {
  let i = start - 1;
  if (text[i] !== " " && text[i] !== "\u00a0" && text[i] !== "\n") return { start };
  while (i >= 0 && (text[i] === " " || text[i] === "\u00a0" || text[i] === "\n")) i--;
  let j = i;
  while (j >= 0 && isLetterChar(text[j])) j--;
  if (i - j < 2 || !HEDGE_LAST_WORDS.has(text.slice(j + 1, i + 1).toLowerCase())) return { start };
  const from = Math.max(0, start - 48);
  const slice = text.slice(from, start);
  const m = QUAL_BEFORE.exec(slice) ?? (allowFiller ? QUAL_FILLER_BEFORE.exec(slice) : null);
  if (!m) return { start };
  const qStart = from + m.index + m[0].indexOf(m[1]);
  return { start: qStart, raw: m[1], ...normalizeQualifier(m[1]) };
}

/** Sets a hedge's qualifier and bound on a candidate (no spread: that made two objects per value). */
export function hedged(c: Candidate, h: Hedge): Candidate {
  if (h.qualifier) c.qualifier = h.qualifier;
  if (h.bound) c.bound = h.bound;
  return c;
}

/** Spreads a hedge's qualifier and bound into a candidate. */
export function hedgeFields(h: Hedge): { qualifier?: string; bound?: ClaimValue["bound"] } {
  const out: { qualifier?: string; bound?: ClaimValue["bound"] } = {};
  if (h.qualifier) out.qualifier = h.qualifier;
  if (h.bound) out.bound = h.bound;
  return out;
}

/**
 * Sorts a short array in place by `key` (insertion sort). Array.prototype.sort copies its input into a work array
 * on every call, and detection sorts a few items per claim thousands of times per megabyte: that copying was the
 * largest single source of garbage.
 */
export function sortSmall<T>(items: T[], key: (item: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    const k = key(item);
    let j = i - 1;
    while (j >= 0 && key(items[j]) > k) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
