// What a claim says after its last figure that a checker does not check: a clause of purpose ("$9 million to expand
// a pier …", "… in order to …"), of promotion (", ensuring America's leadership …", ", which will enable …",
// " while streamlining …") or of detail (", including …", ", as part of …").
import { isPurposeGerund, isPurposeVerb, isVerb, takesInfinitive, wordsIn } from "./verbs";

// Where a tail may begin, in one pass over a window after the last figure. Group 1: a gerund after a comma; group 2:
// what comes before "which", "so that", "to" …; group 3: "to".
const TAIL =
  /,\s+(?:(?:including|according\s+to|as\s+part\s+of|subject\s+to|in\s+order\s+to)\b|([a-z]+ing)\b)|(,?\s+)(?:(?:which|that)\s+(?:[a-z]+ly\s+|also\s+)?(?:supports?|enables?|helps?|advances?|allows?|ensures?|strengthens?|will|would|aims?|seeks?|builds?|promotes?|reflects?|underscores?|demonstrates?)\b|(?:in\s+order\s+to|so\s+as\s+to|so\s+that|with\s+the\s+(?:goal|aim|intent|intention|objective)\s+of|aimed\s+at|designed\s+to|intended\s+to|while\s+[a-z]+ing)\b|(to)\s)/g;
// "to" and the verb after it, maybe after an adverb ("to substantially strengthen").
const TO_VERB = /to\s+(?:([a-z]+ly)\s+)?([a-z]+)\b/y;
/** Tails start this close to the last figure or not at all: a window bounds the work on long sentences. */
const WINDOW = 200;

/** Where "to" at `at` opens a purpose clause ("$9 million to expand …"). */
function purposeTo(text: string, at: number, end: number): boolean {
  TO_VERB.lastIndex = at;
  const m = TO_VERB.exec(text);
  if (!m || at + m[0].length > end) return false;
  // With an adverb read as the verb ("to substantially strengthen") the verb is the word after it.
  const verb = m[1] && !isPurposeVerb(m[1]) ? m[2] : (m[1] ?? m[2]);
  if (!isPurposeVerb(verb)) return false;
  // "continue to", "plans to" are one predicate with the verb; "to the Philippines" names a recipient.
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === ",")) i--;
  const e = i + 1;
  while (i >= 0 && ((text.charCodeAt(i) | 32) >= 97 && (text.charCodeAt(i) | 32) <= 122)) i--;
  return !takesInfinitive(text.slice(i + 1, e));
}

/** Where, after the last value (from `from`), a clause of purpose or promotion begins; `end` when none does. */
export function purposeTail(text: string, from: number, end: number): number {
  // A short tail (" in March.", " to help families.") is not worth reading for.
  if (end - from < 30) return end;
  const chunk = text.slice(from, Math.min(end, from + WINDOW));
  TAIL.lastIndex = 0;
  for (let m = TAIL.exec(chunk); m; m = TAIL.exec(chunk)) {
    const at = from + m.index;
    if (m[3] !== undefined) {
      if (!purposeTo(text, at + m[2].length, end)) continue;
    } else if (m[1] !== undefined) {
      // ", ensuring America's leadership", not ", implementing organizations are conducting" (a subject and its verb).
      const e = at + m[0].length;
      const next = wordsIn(text, e, Math.min(end, e + 40));
      if (!isPurposeGerund(m[1]) || (next.length > 1 && isVerb(next[1]) && !next[1].endsWith("ed"))) continue;
    }
    return at;
  }
  return end;
}
