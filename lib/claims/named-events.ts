// Named events: occasions a checker can look up by name even when no figure is given — summits, trade shows,
// award ceremonies, tournaments, wars ("the Six Nations", "MacWorld speech", "the Golden Globes", "the E3
// exhibition", "the International Solid State Circuits Conference", "World War II"). Found at the head word that
// makes a name an event (a word the word pass listens for, see words.ts), then read backwards over the capitalized
// words of the name. The value is the name as written.
import type { ClaimValue } from "./types";
import { isVerb } from "./verbs";

export interface NamedEvent extends ClaimValue {
  start: number;
  end: number;
}

// Named occasions are told from trigger events by membership here, not by a field of their own (a field only some
// events had would make every read of an event polymorphic).
const NAMED = new WeakSet<object>();

export function isNamedOccasion(v: object): boolean {
  return NAMED.has(v);
}

// Heads that are events when preceded by a name ("Tour Championships", "Nobel Prize", "MacWorld speech"), and names
// that are events alone ("the Olympics", "the Six Nations"), listed by their last word with the words before it.
const ALONE: Record<string, RegExp> = {
  Olympics: /$/, Paralympics: /$/, Oscars: /$/, Baftas: /$/, Grammys: /$/, Emmys: /$/, Nations: /Six\s+$/,
  Slam: /Grand\s+$/, Prix: /Grand\s+$/, Bowl: /Super\s+$/, Cup: /World\s+$/, Series: /World\s+$/, Globes: /Golden\s+$/,
  Globe: /Golden\s+$/, Games: /(?:Olympic|Commonwealth|Asian|the)\s+$/, Awards: /(?:Brit|Academy)\s+$/,
};
const CAPITAL_HEADS = (
  "Games Cup Championship Championships Open Award Awards Prize Summit Conference Festival Expo Exhibition " +
  "Tournament Tour Marathon Congress Convention Olympiad Final War Uprising Revolution"
).split(" ");
const LOWER_HEADS = "summit conference exhibition festival awards ceremony speech championship championships tournament show fair war".split(" ");
/** The words scanText listens for (words.ts): capitalized heads match only as written. */
// (a lower-case word matches in any case, so a capitalized head that has a lower-case twin is listed once)
export const NAMED_EVENT_WORDS = [
  ...new Set([...Object.keys(ALONE), ...CAPITAL_HEADS].filter((w) => !LOWER_HEADS.includes(w.toLowerCase()))),
  ...LOWER_HEADS,
];
const LOWER = new Set(LOWER_HEADS);
// Capitalized heads (a lower-case twin also matches capitalized, so "Show" must be told from "Summit" here).
const CAPITAL = new Set([...Object.keys(ALONE), ...CAPITAL_HEADS]);
// Words that may follow an event's name: prepositions, conjunctions, relative words.
const AFTER_AN_EVENT = new Set("in on at of for and or but with by from to that which where when as after before since until during this last next".split(" "));
const COMPOUND_SHOW = /(?:trade|motor|air)\s+$/;
const NOT_A_NAME = new Set("The A An This That These Those It Its He She They We I In On At For By From To Of And But Or As If".split(" "));
const MAX_NAME = 60;

/** At a head word (headStart, end): the named event it closes, if any. */
export function namedEventAt(text: string, headStart: number, end: number, out: ClaimValue[]): void {
  const head = text.slice(headStart, end);
  if (LOWER.has(head)) {
    if ((head === "show" || head === "fair") && !COMPOUND_SHOW.test(text.slice(Math.max(0, headStart - 8), headStart))) return;
    // a head used as a modifier names no event: "tournament websites", "war crimes", "summit talks"
    const next = /^\s+([a-z]+)/.exec(text.slice(end, end + 20));
    if (next && !isVerb(next[1]) && !AFTER_AN_EVENT.has(next[1])) return;
  } else if (!CAPITAL.has(head)) return;
  const alone = ALONE[head];
  if (alone) {
    const m = alone.exec(text.slice(Math.max(0, headStart - 10), headStart));
    if (m) {
      const from = headStart - m[0].length;
      out.push(event(text, Math.min(nameStart(text, from), from), end));
      return;
    }
  }
  // "World War II", "World War One"
  const numeral = head === "War" ? /^\s+(?:I{1,3}|IV|One|Two|1|2)\b/.exec(text.slice(end, end + 5)) : null;
  let stop = end;
  if (numeral) stop += numeral[0].length;
  // part of a longer name ("Open University"): not an event here
  else if (/^\s+[A-Z]/.test(text.slice(end, end + 3))) return;
  const start = nameStart(text, headStart);
  // a name before the head, with at least one capitalized word that is not a sentence opener or a number
  if (start === headStart) return;
  const name = text.slice(start, headStart).trim().split(/\s+/);
  if (!name.some((w) => /^[A-Z]/.test(w) && !NOT_A_NAME.has(w))) return;
  out.push(event(text, start, stop));
}

/** Where the capitalized name before `at` begins ("International Solid State Circuits" before "Conference"). */
function nameStart(text: string, at: number): number {
  // Read backwards word by word with character tests (an end-anchored regex would be retried at every position).
  let start = at;
  const limit = Math.max(0, at - MAX_NAME);
  let i = at;
  let pendingConnector = false;
  while (i > limit) {
    let e = i;
    while (e > limit && (text[e - 1] === " " || text[e - 1] === "\u00a0")) e--;
    if (e === i && i !== at) break; // words of a name are separated by spaces only
    let b = e;
    while (b > limit && isNameChar(text.charCodeAt(b - 1), text[b - 1])) b--;
    if (b === e) break;
    // a word glued to punctuation before it ("(E3", "“Tour") still counts; a comma or full stop ends the name
    const word = text.slice(b, e);
    const c = word.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      // a connector ("of", "the") only inside a name, never at its start
      if (!CONNECTORS.has(word) || pendingConnector) break;
      pendingConnector = true;
      i = b;
      continue;
    }
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || /\p{Lu}/u.test(word[0])) || NOT_A_NAME.has(word)) break;
    pendingConnector = false;
    start = b;
    i = b;
  }
  return start;
}

const CONNECTORS = new Set(["of", "the", "de", "du", "for", "on"]);

function isNameChar(c: number, ch: string): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  if (c === 39 || c === 0x2019 || c === 38 || c === 45) return true; // ' ’ & -
  return c > 127 && /\p{L}/u.test(ch);
}

function event(text: string, start: number, end: number): NamedEvent {
  const name = text.slice(start, end);
  const ev: NamedEvent = { kind: "event", value: name, text: name, start, end };
  NAMED.add(ev);
  return ev;
}
