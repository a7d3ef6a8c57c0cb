// What a claim starts with that a checker does not check: a list marker, a dateline, a connective ("However,", "In
// addition,"), a list item's label ("Commercial Diplomacy: "), a framing phrase ("Recognizing the importance of …, ",
// "As part of this announcement, ") and a framing subject and verb ("This includes", "The budget also provides").
// Nothing holding a value, an event or a quotation is cut.
import { positionsWithin } from "./marks";
import type { Mark } from "./marks";
import { isGerund } from "./verbs";

// Sticky: tried at the start of a claim.
const LIST_MARKER = /(?:[-*\u2022\u00b7\u2013\u2014\u25aa\u25cf\u25e6\u2023]|\d{1,2}[.)])[ \t\u00a0]+/y;
const DATELINE =
  /[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Z.'-]+){0,4}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z .&]{1,30}\)\s*)?[-\u2013\u2014]+\s+/y;
const LEADING_CONNECTIVE =
  /(?:However|Moreover|Furthermore|In addition|Additionally|Meanwhile|Indeed|Still|Also|But|And|Yet|So|Thus|Hence|Consequently|Nevertheless|Nonetheless|After all|To that end|As a result|In fact|Notably|Importantly|Similarly|Likewise|Besides|Further|Instead|Of course|It should be noted that|It is worth noting that|It is worth mentioning that|Note that|For example|For instance|Specifically|In particular|In total|Overall|Together|Separately|Finally|Lastly|Ultimately|Among other things|This is in addition to|This includes|These include|This included|These included)\b,?\s+/y;
// The first words of LEADING_CONNECTIVE: the regex runs only after one of them.
const CONNECTIVE_FIRST = new Set(
  LEADING_CONNECTIVE.source.slice(3, LEADING_CONNECTIVE.source.indexOf(")")).split("|").map((c) => c.split(" ")[0]),
);

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function firstWord(text: string, at: number): string {
  let i = at;
  while (isAsciiLetter(text.charCodeAt(i))) i++;
  return text.slice(at, i);
}

// "The budget also provides $…", "These efforts include supplying …": a document or a pronoun that only frames the
// figure after it. An actor ("The department will invest $…") is part of the claim and stays.
const FRAMING_VERB =
  /(?:[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|[Ii]t|[Tt]hey|[Tt]he\s+(?:[A-Za-z-]+\s+)?(?:[Bb]udget|plan|bill|package|request|proposal|program|programme|agreement|fund|act|law|legislation|initiative|strategy|measure|amendment|deal|report|framework|offers?|efforts?|funding|awards?|grants?|assistance))\s+(?:also\s+)?(?:includes?|included|provides?|provided|invests?|allocates?|requests?|proposes?|funds?|contains?|dedicates?|commits?|directs?)\s+/y;
// Openers of a framing phrase that ends at a comma: "Recognizing the importance of …, ", "As part of this
// announcement, ", "In support of the partnership, ".
const FRAMING_OPENER =
  /(?:[A-Z][a-z]+ing\b|As\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:commitment|demonstration|sign|testament|example|reflection|continuation|part|step|signal)\b|As\s+part\s+of|In\s+support\s+of|In\s+addition\s+to|In\s+line\s+with|In\s+keeping\s+with|Consistent\s+with|Under\s+the\s+leadership\s+of|With\s+the\s+(?:support|help|backing)\s+of|To\s+[a-z]+\b|In\s+an?\s+[^,]{0,60}?\b(?:action|move|step|effort|bid|push|initiative|commitment|demonstration|sign)\b)/y;
const OPENER_WORDS = new Set(["As", "In", "Consistent", "Under", "With", "To"]);
const FRAMING_VERBS = new Set(
  "include includes included provide provides provided invest invests allocate allocates request requests propose proposes fund funds contain contains dedicate dedicates commit commits direct directs".split(" "),
);
// A framing phrase without a figure this long is context, whatever word opens it.
const LONG_LEAD = 80;

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "A" && ch <= "Z";
}

function isSpaceLike(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\u00a0";
}

function markIn(marks: Mark[], start: number, end: number): boolean {
  for (const m of marks) if (m.start < end && m.end > start) return true;
  return false;
}

/** "Commercial Diplomacy: The United States …": a list item's label in title case, then a colon. */
function labelEnd(text: string, start: number, end: number, marks: Mark[], colon: number): number {
  if (colon < 0 || colon - start > 100 || colon + 2 >= end || text[colon + 1] !== " ") return start;
  if (!/[A-Z0-9$€£]/.test(text[colon + 2]) || markIn(marks, start, colon)) return start;
  const words = text.slice(start, colon).split(/\s+/);
  if (words.length > 12 || words.some((w) => /[.!?;,]$/.test(w) && !/^[A-Z](?:\.[A-Z])*\.$/.test(w))) return start;
  const small = /^(?:of|and|the|for|in|on|to|a|an|with|&|at|by|from)$/;
  return words.every((w) => small.test(w) || /^[A-Z\p{Lu}(\d"“]/u.test(w)) ? colon + 2 : start;
}

/** The end of a framing phrase at `start` ("Recognizing …, "), or `start` when there is none. */
function framingEnd(text: string, start: number, end: number, marks: Mark[], limit: number, word: string): number {
  let opener: RegExpExecArray | null = null;
  if (word.endsWith("ing") || OPENER_WORDS.has(word)) {
    FRAMING_OPENER.lastIndex = start;
    opener = FRAMING_OPENER.exec(text);
  }
  if (opener && /^(?:During|According|Following|Nothing|Something|Everything|Being)$/.test(opener[0])) return start;
  if (!opener && limit - start <= LONG_LEAD) return start;
  for (const i of positionsWithin(text, ",", start, limit)) {
    if (markIn(marks, start, i)) return start;
    const next = text.slice(i + 1, i + 12);
    // The phrase ends where a clause starts: a determiner or a capitalized subject after the comma.
    if (!/^\s+(?:(?:the|a|an|this|these|its|our|their|his|her)\b|[A-Z])/.test(next)) continue;
    return opener || i - start >= LONG_LEAD ? i + 1 : start;
  }
  return start;
}

export function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpaceLike(text[i])) i++;
  return i;
}

/** Leading words that frame the claim without being checked. */
export function trimLead(text: string, start: number, end: number, marks: Mark[]): number {
  let firstMark = end;
  for (let i = 0; i < marks.length; i++) {
    const at = marks[i].start;
    if (at >= start && at < firstMark) firstMark = at;
  }
  const c0 = text.charCodeAt(start);
  if (c0 < 128 && !isAsciiLetter(c0)) {
    LIST_MARKER.lastIndex = start;
    const marker = LIST_MARKER.exec(text);
    if (marker && start + marker[0].length < end) start += marker[0].length;
  }
  // A dateline ("SAN FRANCISCO, Jan 25 (Reuters) - ", "CHICAGO — ") says where the copy was filed, not what happened.
  if (isUpper(text[start]) && isUpper(text[start + 1])) {
    DATELINE.lastIndex = start;
    const dateline = DATELINE.exec(text);
    if (dateline && start + dateline[0].length < end) start += dateline[0].length;
  }
  // Most claims open with their figure or a word or two before it: nothing there can be framing.
  if (firstMark - start < 4 || !isUpper(text[start])) return start;
  // Framing ends before the first value; where its first colon and comma are, read once.
  const limit = Math.min(end, start + 220, firstMark);
  let colon = -1;
  let comma = -1;
  for (let i = start; i < limit && comma < 0; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) comma = i;
    else if (c === 58 && colon < 0) colon = i;
  }
  start = skipSpace(text, labelEnd(text, start, end, marks, colon), end);
  // Framing can stack ("In addition, as part of …, "): a few rounds, each cutting only words without a value.
  for (let round = 0; round < 3; round++) {
    const from = start;
    // After a connective the next words may be lower-case ("In addition, the budget provides …").
    if (start >= firstMark || (round === 0 && !isUpper(text[start]))) break;
    const word = firstWord(text, start);
    if (CONNECTIVE_FIRST.has(word)) {
      LEADING_CONNECTIVE.lastIndex = start;
      const lead = LEADING_CONNECTIVE.exec(text);
      if (lead && start + lead[0].length <= firstMark) start = skipSpace(text, start + lead[0].length, end);
    }
    // A phrase up to a comma: only when there is a comma before the first value at all.
    if (comma >= start || (comma >= 0 && round > 0)) {
      start = skipSpace(text, framingEnd(text, start, end, marks, limit, start === from ? word : firstWord(text, start)), end);
    }
    // "The budget also provides $…" frames a figure right after it, or a gerund list ("include supplying 292 tons").
    const t = text[start];
    if ((t !== "T" && t !== "I" && t !== "t" && t !== "i") || firstMark - start > 70 || !framedAt(text, start, firstMark)) break;
    FRAMING_VERB.lastIndex = start;
    const frame = FRAMING_VERB.exec(text);
    if (frame) {
      const after = start + frame[0].length;
      const gerund = /^[a-z]+ing\b/.exec(text.slice(after, after + 20));
      // Only before the figure itself or a gerund list ("include supplying 292 tons"), never before a bare noun.
      if (!markIn(marks, start, after) && (marks.some((m) => m.start === after) || (gerund && isGerund(gerund[0])))) start = after;
    }
    if (start === from) break;
  }
  return start;
}

/** The word that ends just before `at` (spaces skipped). */
function wordBefore(text: string, at: number, floor: number): [string, number] {
  let i = at - 1;
  while (i >= floor && text[i] === " ") i--;
  const e = i + 1;
  while (i >= floor && isAsciiLetter(text.charCodeAt(i))) i--;
  return [text.slice(i + 1, e), i + 1];
}

/** A framing verb right before the first value, or before a gerund that is ("include supplying 292 tons"). */
function framedAt(text: string, start: number, firstMark: number): boolean {
  const [w, at] = wordBefore(text, firstMark, start);
  if (FRAMING_VERBS.has(w)) return true;
  return w.endsWith("ing") && FRAMING_VERBS.has(wordBefore(text, at, start)[0]);
}
