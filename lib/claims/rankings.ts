// Claims carried by a superlative: "one of the most unhealthy countries in Europe", "the largest rise since the war",
// "the fastest sprint of all time", "the lowest level on record". A superlative alone ("the largest financial
// contributor") is an opinion or a description the corpus does not mark; it is a claim when it ranks within a
// stated field ("one of the …") or against a stated past ("since …", "ever", "on record", "in history").
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
    if (!PAST_AFTER.test(text.slice(end, end + 90))) return;
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
