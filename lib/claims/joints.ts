// Where a sentence may split (a "joint") and what kind of joint it is: a dash, an inline bullet, a colon opening a
// list, ", and/while/but" before a new clause, "and" before a second verb, a trailing participle (", supporting …"),
// an appositive stating a change (", a $60 million increase …") or a subordinate clause (", after …"). clauses.ts
// decides which joints split.
import { indexWithin, strongIn, STRONG } from "./marks";
import type { Mark, Part } from "./marks";
import { isGerund, isVerb } from "./verbs";

export type Kind = "dash" | "bullet" | "colon" | "list" | "conj" | "andVerb" | "participle" | "appositive" | "subordinate";

export interface Joint {
  /** the joining text[at, end) belongs to neither side */
  at: number;
  end: number;
  kind: Kind;
}

// Joints by group: 1 a dash, 2 an inline bullet, 3 a colon, 4 ", and/but/while/whereas/yet", 5 " while/whereas",
// 6 " and", 7 any other comma (classified by the word after it). CANDIDATE finds where one may start; jointAt and
// classify read it there.
const DASH = 1;
const BULLET = 2;
const COLON = 3;
const COMMA_CONJ = 4;
const WHILE = 5;
const AND = 6;
const COMMA = 7;
const COMMA_CONJ_WORD = /(?:and|but|while|whereas|yet)\s/y;
const WHILE_WORD = /(?:while|whereas)\s/y;
const AND_WORD = /and,?\s/y;

// After a comma: a clause of its own begins with one of these when it has a verb and a figure (", after the country
// was awarded the hosting rights in 2010"). "as" is left out: ", as part of our $1.8 billion" is one assertion.
const SUBORDINATORS = new Set("after before when since until although though because whereas with".split(" "));
// ", compared with 941", ", adjusted for inflation": a comparison or a measure qualifies the figure before it.
const QUALIFYING_PARTICIPLES = new Set(
  "compared adjusted measured based calculated excluding including according seasonally estimated expected projected up down"
    .split(" "),
);
// ", a $60 million increase over …", ", a significant increase from the 35% …": an appositive that states a change.
const CHANGE_NOUN = /^an?\s+(?:[^,;.]{0,60}?\s)?(?:increase|decrease|rise|drop|decline|jump|gain|fall|reduction|cut|record|high|low|surge|boost)\b/i;

const OBJECT_START =
  /^\s+(?:(?:the|a|an|its|their|his|her|our|this|these|those|some|more|nearly|about|over|up|out|at|in|on|to|for|with|from|by|into|across|through|that)\b|[A-Z0-9$\u20ac\u00a3])/;

export const NEEDS_LEFT_VERB: Record<Kind, boolean> = {
  dash: true, bullet: false, colon: true, list: false, conj: true, andVerb: true, participle: true, appositive: true,
  subordinate: true,
};
export const NEEDS_RIGHT_VERB: Record<Kind, boolean> = {
  dash: false, bullet: false, colon: false, list: false, conj: true, andVerb: false, participle: false, appositive: false,
  subordinate: true,
};

function wordAt(text: string, at: number, end: number): string {
  let i = at;
  for (let c = text.charCodeAt(i) | 32; i < end && ((c >= 97 && c <= 122) || text[i] === "-"); c = text.charCodeAt(++i) | 32);
  return text.slice(at, i);
}

/**
 * "and … , has brought": where the verb after "and" starts, maybe after an aside of up to three commas ("and earlier
 * this year, conveyed …"); -1 when there is none.
 */
function verbAfterAnd(text: string, from: number, end: number): number {
  const next = wordAt(text, from, end);
  if (isVerb(next)) return from;
  // An aside opens with a comma or a word of time or manner ("and, along with …,", "and earlier this year,").
  if (text[from - 2] !== "," && !ASIDE_OPENERS.has(next)) return -1;
  const stop = Math.min(end, from + 80);
  for (let i = from, commas = 0; i < stop && commas < 3; i++) {
    const ch = text[i];
    if (ch === ";" || ch === "." || ch === ":") return -1;
    if (ch !== ",") continue;
    commas++;
    let j = i + 1;
    while (j < stop && text[j] === " ") j++;
    if (isVerb(wordAt(text, j, end))) return j;
  }
  return -1;
}

const ASIDE_OPENERS = new Set(
  "earlier later then also last this in on at to since after before subsequently separately meanwhile recently most more over during along with".split(" "),
);

/** `verbAt`: for "and" (groups 4 and 6), where verbAfterAnd found its verb. */
function classify(text: string, group: number, end: number, partEnd: number, listed: boolean, verbAt: number): Kind | null {
  if (group === DASH) return "dash";
  if (group === BULLET) return "bullet";
  if (group === COLON) return "colon";
  const next = wordAt(text, end, partEnd);
  if (group === COMMA_CONJ) {
    // ", and repairing 45 plants" continues a list of gerunds; ", and to date, continues …" a verb after an aside.
    if (isVerb(next) || verbAt >= 0) return "andVerb";
    if (isGerund(next) && OBJECT_START.test(text.slice(end + next.length, end + next.length + 12))) return "participle";
    return listed ? "list" : "conj";
  }
  if (group === WHILE) return "conj";
  if (group === AND) return verbAt >= 0 ? "andVerb" : listed ? "list" : null;
  // A capital, a digit or a symbol after the comma starts no clause of its own here ("Uganda", "2023", "$5").
  const c = text.charCodeAt(end);
  if (c < 97 || c > 122) return listed ? "list" : null;
  // Short words ("the", "in", "who") open no clause of their own but "a"/"an" before a change.
  if (next.length <= 3 && next !== "a" && next !== "an") return listed ? "list" : null;
  const lower = next;
  if (!QUALIFYING_PARTICIPLES.has(lower)) {
    const adverb = lower.endsWith("ly") && !isGerund(lower);
    const at = adverb ? end + next.length + 1 : end;
    const word = adverb ? wordAt(text, at, partEnd).toLowerCase() : lower;
    // A participle opens a clause when an object or a phrase follows it ("supporting 8.6 million …", "signed in
    // 2005"); before a bare noun it is an adjective (", lifesaving assistance"). A past participle needs an adverb
    // to be told from a main verb after an aside ("The company, which employs 5,000, reported $2 billion").
    const past = adverb && word.endsWith("ed") && isVerb(word);
    const clause = (isGerund(word) || past) && !QUALIFYING_PARTICIPLES.has(word);
    if (clause && OBJECT_START.test(text.slice(at + word.length, at + word.length + 12))) return "participle";
  }
  if ((lower === "a" || lower === "an") && CHANGE_NOUN.test(text.slice(end, end + 90))) return "appositive";
  if (SUBORDINATORS.has(lower)) return "subordinate";
  return listed ? "list" : null;
}

function isWhite(ch: string | undefined): boolean {
  return ch === " " || ch === "\u00a0" || ch === "\t" || ch === "\n";
}

// Where a joint may start, and the parentheses that shield what they hold: one native scan instead of a loop over
// every character.
const CANDIDATE = /[,:()\u2014]|[ \u00a0\t\n](?=[-\u2013\u2014\u2022\u25aa\u25cf\u25e6\u2023\u00b7][ \u00a0\t\n]|and[\s,]|while\s|whereas\s)/g;

/** The joint that starts at `i` as [group, end], or null. */
function jointAt(text: string, i: number, end: number): [number, number] | null {
  const ch = text[i];
  if (ch === ",") {
    let j = i + 1;
    if (!isWhite(text[j])) return null;
    while (j < end && isWhite(text[j])) j++;
    COMMA_CONJ_WORD.lastIndex = j;
    const conj = COMMA_CONJ_WORD.exec(text);
    return conj ? [COMMA_CONJ, j + conj[0].length] : [COMMA, j];
  }
  if (ch === ":") return isWhite(text[i + 1]) ? [COLON, i + 2] : null;
  if (ch === "\u2014") return [DASH, isWhite(text[i + 1]) ? i + 2 : i + 1];
  const next = text[i + 1];
  if (next === "w") {
    WHILE_WORD.lastIndex = i + 1;
    const w = WHILE_WORD.exec(text);
    return w ? [WHILE, i + 1 + w[0].length] : null;
  }
  if (next === "a") {
    AND_WORD.lastIndex = i + 1;
    const a = AND_WORD.exec(text);
    return a ? [AND, i + 1 + a[0].length] : null;
  }
  return [next === "-" || next === "\u2013" || next === "\u2014" ? DASH : BULLET, i + 3];
}

function insideQuote(quotes: Part[], at: number): boolean {
  for (const q of quotes) if (q.start < at && at < q.end) return true;
  return false;
}

export function joints(text: string, p: Part, marks: Mark[], quotes: Part[]): Joint[] {
  // A joint splits only with a figure on each side: none before the end of the first strong mark or after the start
  // of the last can, so those are skipped (the text before is still read for parentheses and a colon opening a list).
  let from = p.end;
  let to = p.start;
  for (const m of marks) {
    if (m.start < p.start || m.end > p.end || m.weight < STRONG) continue;
    if (m.end < from) from = m.end;
    if (m.start > to) to = m.start;
  }
  // Figures side by side ("$450 million in 2022") leave no room for a second clause between them.
  if (to - from < 8) return [];
  const out: Joint[] = [];
  // Read from the part's start only when a parenthesis or a colon there matters (it rarely has either).
  const lead = indexWithin(text, "(", p.start, from) >= 0 || indexWithin(text, ":", p.start, from) >= 0;
  const origin = lead ? p.start : from;
  const chunk = text.slice(origin, to);
  let depth = 0;
  let listed = false;
  let swallowed = -1;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(chunk); m; m = CANDIDATE.exec(chunk)) {
    const at = origin + m.index;
    const ch = m[0];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 || ch === "(" || ch === ")") continue;
    if (at < from) {
      if (ch === ":" && isWhite(text[at + 1]) && !insideQuote(quotes, at)) listed = true;
      continue;
    }
    const found = jointAt(text, at, p.end);
    if (!found || at < swallowed || insideQuote(quotes, at)) continue;
    const [group, end] = found;
    if (end >= p.end) continue;
    // "2019 - 2020" is a range, not a dash between clauses.
    if (group === DASH && /\d/.test(text[at - 1] ?? "") && /\d/.test(text[end] ?? "")) continue;
    const verbAt = group === AND || group === COMMA_CONJ ? verbAfterAnd(text, end, p.end) : -1;
    const kind = classify(text, group, end, p.end, listed, verbAt);
    if (kind === "colon") listed = true;
    // The commas of an aside between "and" and its verb are not joints of their own.
    if (verbAt >= 0) swallowed = verbAt;
    if (kind) out.push({ at, end, kind });
    CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, end - origin);
  }
  return pairDashes(out, marks);
}

/** "– for Samaritan's Purse and a consortium –": two dashes around words without a figure are an aside. */
function pairDashes(js: Joint[], marks: Mark[]): Joint[] {
  const out: Joint[] = [];
  for (let i = 0; i < js.length; i++) {
    const j = js[i];
    if (j.kind === "dash") {
      let k = i + 1;
      while (k < js.length && js[k].kind !== "dash") k++;
      if (k < js.length && !strongIn(marks, j.end, js[k].at)) {
        // Drop both dashes and whatever joints lie between them.
        i = k;
        continue;
      }
    }
    out.push(j);
  }
  return out;
}
