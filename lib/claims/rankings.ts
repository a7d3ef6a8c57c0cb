// Claims carried by a superlative: "one of the most unhealthy countries in Europe", "the largest rise since the war",
// "the fastest sprint of all time", "the lowest level on record". A superlative alone ("the largest financial
// contributor") is an opinion or a description the corpus does not mark; it is a claim when it ranks within a
// stated field ("one of the …", "… in Europe", "… in the world") or against a stated past ("since …", "ever", "on
// record", "in history"). A comparative ranks against a stated past too: "lower than at any time since 1975",
// "more than ever before".
// Tried at the superlative word (words.ts); the value is an event labelled "ranking" with the words that rank.
import { prevWord } from "./candidate";
import type { ClaimValue } from "./types";

export const SUPERLATIVES = (
  "most least largest biggest highest lowest smallest worst best fastest slowest deadliest richest poorest oldest " +
  "youngest longest shortest strongest weakest busiest hottest coldest wettest driest heaviest greatest cheapest " +
  "costliest safest"
).split(" ");

// "one of the most …", "one of Europe's largest …", "among the worst …"
const FIELD_BEFORE = /(?:\bone\s+of\s+(?:the|its|their|his|her|our|[A-Z][\p{L}-]*['’]s)|\bamong\s+the)\s+$/u;
// "… since 1990", "… ever", "… on record", "… in history", "… of all time", "… in 20 years", "… for a decade"
const PAST_AFTER = /^[^.;:!?]{0,60}?\b(?:since\b|ever\b|on\s+record\b|in\s+(?:recorded\s+)?history\b|of\s+all\s+time\b|in\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+(?:years|decades|months|centuries|year|decade|century)\b|for\s+(?:a|two|three|\d+)\s+(?:decades?|years|generations?)\b)/i;
const SENTENCE_END = /[.;!?]/;
// "the lowest in Europe", "the busiest airport in the world", "the richest man in Britain": ranked within a place or a
// field named right after (a month or a weekday there dates the superlative instead: "the biggest rise in March").
const FIELD_AFTER =
  /^(?:[\s-]+(?!(?:since|in|of|on|for|ever|at|to|and|than)\b)[\p{L}'’-]+){0,3}\s+(?:(?:in|of)\s+(?:the\s+)?(?:world|country|nation|region|continent|league|industry|sector|universe|planet|EU|UK|US)|in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|His|Her|Its|Their)\b)[A-Z][\p{L}]{2,})\b/u;

const DETERMINED = new Set(["the", "its", "their", "his", "her", "our", "'s", "’s"]);

export function rankingAt(text: string, start: number, end: number, out: ClaimValue[]): void {
  // cheap first: every ranking form has "the", a possessive or "one of …'s" right before the superlative
  const prev = prevWord(text, start);
  if (!DETERMINED.has(prev) && !prev.endsWith("'s") && !prev.endsWith("’s")) return;
  const before = text.slice(Math.max(0, start - 40), start);
  let from = -1;
  const field = FIELD_BEFORE.exec(before);
  if (field) from = start - field[0].length;
  else {
    // "the largest … since": the superlative must be determined ("the", a possessive)
    if (!/(?:\bthe|['’]s)\s+$/i.test(before)) return;
    const after = text.slice(end, end + 90);
    if (!PAST_AFTER.test(after) && !FIELD_AFTER.test(after)) return;
    from = start;
  }
  // The ranking runs to the end of its noun phrase, at most a few words, within the sentence.
  let stop = end;
  const tail = /^(?:[\s-]+(?!(?:since|in|of|on|for|ever|at|to|and|than)\b)[\p{L}'’-]+){1,3}/u.exec(text.slice(end, end + 50));
  if (tail) {
    const cut = tail[0].search(SENTENCE_END);
    stop = end + (cut >= 0 ? cut : tail[0].length);
  }
  out.push({ kind: "event", value: "ranking", text: text.slice(from, stop), start: from, end: stop });
}

export const COMPARATIVES = (
  "higher lower more fewer less bigger larger smaller greater worse better faster slower longer shorter stronger weaker " +
  "cheaper dearer richer poorer hotter colder wetter drier"
).split(" ");

// "lower than at any time since 1975", "more than ever before", "worse than in any other country", "bigger than any
// other club": the comparative ranks against every past or every rival, which a checker can hold to the figures.
const AGAINST_ALL = /^\s+than\s+(?:at\s+any(?:\s+other)?\s+(?:time|point|stage|moment)\b|ever\b|any(?:\s+other|one\s+else)\b|in\s+any(?:\s+other)?\b|for\s+(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|many)\s+(?:years|decades|months|year|decade)\b)/i;

/** At a comparative word: a ranking when "than" compares it with every past or every rival. */
export function comparativeAt(text: string, start: number, end: number, out: ClaimValue[]): void {
  // cheap first: "than" must come right after the word
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 116 || text.charCodeAt(end + 2) !== 104) return;
  const m = AGAINST_ALL.exec(text.slice(end, end + 40));
  if (!m) return;
  const stop = end + m[0].length;
  out.push({ kind: "event", value: "ranking", text: text.slice(start, stop), start, end: stop });
}
