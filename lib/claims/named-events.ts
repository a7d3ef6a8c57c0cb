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
const NAME_WORD = /(?:^|\s)((?:[A-Z0-9][\p{L}\d'’&-]*|of|the|de|du|for|on))$/u;
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
  let start = at;
  const from = Math.max(0, at - MAX_NAME);
  let before = text.slice(from, at).trimEnd();
  for (let m = NAME_WORD.exec(before); m; m = NAME_WORD.exec(before)) {
    const word = m[1];
    const wordStart = from + before.length - word.length;
    if (/^[a-z]/.test(word)) {
      // a connector ("of", "the") only inside a name, never at its start
      before = before.slice(0, before.length - word.length).trimEnd();
      if (!/[A-Z0-9][\p{L}\d'’.&-]*$/u.test(before)) break;
      continue;
    }
    if (NOT_A_NAME.has(word) || word.endsWith(".")) break;
    start = wordStart;
    before = before.slice(0, before.length - word.length).trimEnd();
  }
  return start;
}

function event(text: string, start: number, end: number): NamedEvent {
  const name = text.slice(start, end);
  const ev: NamedEvent = { kind: "event", value: name, text: name, start, end };
  NAMED.add(ev);
  return ev;
}
