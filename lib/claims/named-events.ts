// Named events: occasions a checker can look up by name even when no figure is given — summits, trade shows,
// award ceremonies, tournaments, wars ("the Six Nations", "MacWorld speech", "the Golden Globes", "the E3
// exhibition", "the International Solid State Circuits Conference", "World War II"). Found at the head word that
// makes a name an event (one global regex, a rare capitalized word or a lower-case head after a name), then read
// backwards over the capitalized words of the name. The value is the name as written.
import type { ClaimValue } from "./types";

export interface NamedEvent extends ClaimValue {
  start: number;
  end: number;
  namedEvent: true;
}

// Heads that are events when capitalized and preceded by a name ("Tour Championships", "Nobel Prize"), and names
// that are events alone ("the Olympics", "the Six Nations").
const HEAD = new RegExp(
  [
    String.raw`\b(Olympics|Olympic\s+Games|Paralympics|Six\s+Nations|Grand\s+Slam|Grand\s+Prix|Super\s+Bowl|World\s+Cup|World\s+Series|Oscars|Baftas|Grammys|Emmys|Golden\s+Globes?|Brit\s+Awards|Academy\s+Awards)\b`,
    String.raw`\b(Games|Cup|Championships?|Open|Awards?|Prize|Summit|Conference|Festival|Expo|Exhibition|Tournament|Tour|Marathon|Congress|Convention|Olympiad|Final|War|Uprising|Revolution)\b`,
    String.raw`\b(summit|conference|exhibition|festival|awards|ceremony|speech|championships?|tournament|trade\s+(?:show|fair)|motor\s+show|air\s+show|war)\b`,
  ].join("|"),
  "g",
);
const NAME_WORD = /(?:^|\s)((?:[A-Z0-9][\p{L}\d'’&-]*|of|the|de|du|for|on))$/u;
const NOT_A_NAME = new Set("The A An This That These Those It Its He She They We I In On At For By From To Of And But Or As If".split(" "));
const MAX_NAME = 60;

export function scanNamedEvents(text: string): NamedEvent[] {
  const out: NamedEvent[] = [];
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m; m = HEAD.exec(text)) {
    const headStart = m.index;
    let end = headStart + m[0].length;
    // "World War II", "World War One"
    const numeral = /^War$/i.test(m[0]) ? /^\s+(?:I{1,3}|IV|One|Two|1|2)\b/.exec(text.slice(end, end + 5)) : null;
    if (numeral) end += numeral[0].length;
    // part of a longer name ("Open University"), or a head inside a word: not an event here
    if (!numeral && /^\s+[A-Z]/.test(text.slice(end, end + 3)) && !m[1]) continue;
    const start = nameStart(text, headStart);
    if (m[1]) {
      out.push(event(text, Math.min(start, headStart), end));
      continue;
    }
    // other heads need a name before them, with at least one capitalized word that is not a sentence opener
    if (start === headStart) continue;
    const name = text.slice(start, headStart).trim().split(/\s+/);
    if (!name.some((w) => /^[A-Z]/.test(w) && !NOT_A_NAME.has(w))) continue;
    out.push(event(text, start, end));
  }
  return out;
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
  return { kind: "event", value: name, text: name, start, end, namedEvent: true };
}
