// One person, one speaker: a name given in full once ("NASA Administrator Bill Nelson") and later by surname alone
// ("…,” Nelson said) is recorded everywhere in its fullest form, so a reviewer sees "Bill Nelson" on every quotation.
// When the text gives several full forms for one surname ("Joe Biden", "Hunter Biden"), the one named last before
// the quotation wins, else the first one after it.
import { lowerBound } from "./marks";
import { nameOf } from "./names";

const at = (place: number) => place;

interface Named {
  at: number;
  name: string;
}

// Capitalized words that open a sentence or a phrase and so may stand before a surname without being a first name.
const NOT_A_FIRST_NAME = new Set(
  (
    "The A An This That These Those When While After Before But And As If In On At For Then So Yet Since Because " +
    "Although Though Meanwhile However Also Today Yesterday Tomorrow Last Next Earlier Later Both Neither Either " +
    "According Under Over With Without From To By Of Said Says Asked Added Told Has Had Was Is Did Does Will Would " +
    "January February March April May June July August September October November December Monday Tuesday " +
    "Wednesday Thursday Friday Saturday Sunday"
  ).split(" "),
);
const CAPS_BEFORE = /((?:[A-Z\p{Lu}][\p{L}'’.\-]*\s+){1,4})$/u;
/** Distinct surnames looked up and places read per surname: bounds the work on hostile input. */
const MAX_NAMES = 32;
const MAX_PLACES = 200;
/** Texts are searched for a surname's full form in windows of this many characters around the quotation. */
const BLOCK = 8_000;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c > 127 && /\s/.test(String.fromCharCode(c)));
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(String.fromCharCode(c)));
/** A character CAPS_BEFORE lets a capitalized word go on with: a letter, an apostrophe, a full stop or a hyphen. */
const isNameChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || c === 46 || c === 45 || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));

/**
 * Whether the word before the spaces that end at `i` has a capital in it: without one CAPS_BEFORE cannot match
 * ("said Nelson"), and most places of a surname are like that, so the regex is spared there.
 */
function capitalWordBefore(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  for (; k >= 0 && k >= i - 80; k--) {
    const c = text.charCodeAt(k);
    if (!isNameChar(c)) return false;
    if (isUpper(c)) return true;
  }
  return false;
}

/**
 * Where one surname stands in the text, found once: quotations are read in text order and the windows of
 * neighbouring blocks overlap, so each stretch of text is searched for a name once, not three times, and each place
 * is judged once.
 */
class SurnamePlaces {
  private places: number[] = [];
  private judged = new Map<number, Named | null>();
  private lo = 0;
  /** Searched up to here: the next search starts here. */
  private hi = 0;

  constructor(private readonly text: string, private readonly short: string) {}

  /** Full forms of the surname in [from, to), in text order, reading at most MAX_PLACES places from `from`. */
  fullForms(from: number, to: number): Named[] {
    const { text, short } = this;
    if (from < this.lo || from > this.hi) {
      this.places = [];
      this.lo = this.hi = from;
    }
    if (to > this.hi) {
      // Searched in a slice (a view of the text to V8, not a copy): indexOf on the whole text would run on to the end
      // of it for every name that is not there, which cost more than all the rest of this file.
      const base = this.hi;
      const window = text.slice(base, Math.min(text.length, to + short.length - 1));
      let next = base;
      for (let j = window.indexOf(short); j >= 0; j = window.indexOf(short, j + short.length)) {
        this.places.push(base + j);
        next = base + j + short.length;
      }
      this.hi = Math.max(next, to);
    }
    const out: Named[] = [];
    let k = lowerBound(this.places, from, at);
    for (let seen = 0; k < this.places.length && this.places[k] < to && seen < MAX_PLACES; k++, seen++) {
      const i = this.places[k];
      let found = this.judged.get(i);
      if (found === undefined) this.judged.set(i, (found = fullFormAt(text, short, i)));
      if (found) out.push(found);
    }
    return out;
  }
}

/** The full form of the one-word name `short` standing at `i`, if the words before it give one. */
function fullFormAt(text: string, short: string, i: number): Named | null {
  const after = i + short.length;
  // Glued to other letters, or followed by another capitalized word ("Nelson Mandela"): another name.
  if (/[\p{L}\-]/u.test(text[after] ?? "") || /^\s[A-Z\p{Lu}]\p{Ll}/u.test(text.slice(after, after + 3))) return null;
  if (i === 0 || !/\s/.test(text[i - 1])) return null;
  if (!capitalWordBefore(text, i)) return null;
  const m = CAPS_BEFORE.exec(text.slice(Math.max(0, i - 80), i));
  if (!m) return null;
  const tokens = (nameOf(`${m[1]}${short}`) ?? "").split(" ");
  // Leading acronyms ("NASA", "FBI") and sentence openers are not part of a person's name.
  while (tokens.length > 1 && (NOT_A_FIRST_NAME.has(tokens[0]) || /^[A-Z]{2,}$/.test(tokens[0]))) tokens.shift();
  if (tokens.length < 2 || tokens.length > 4 || tokens[tokens.length - 1] !== short) return null;
  return { at: i, name: tokens.join(" ") };
}

/** Replaces one-word speaker names with the fullest form the text gives for that surname. */
export function fullestSpeakers(text: string, quotes: { start: number; speaker?: string }[]): void {
  const forms = new Map<string, Named[]>();
  const surnames = new Map<string, SurnamePlaces>();
  for (const q of quotes) {
    const short = q.speaker;
    if (!short || short.includes(" ") || !/^[A-Z\p{Lu}][\p{L}'’\-]+$/u.test(short)) continue;
    // Only the text around the quotation is searched (an article, not a whole bundle of them): the work per
    // quotation stays bounded however long the text is.
    const block = Math.floor(q.start / BLOCK);
    const key = `${short} ${block}`;
    let found = forms.get(key);
    if (!found) {
      if (forms.size >= MAX_NAMES * (block + 1)) continue;
      let places = surnames.get(short);
      if (!places) surnames.set(short, (places = new SurnamePlaces(text, short)));
      found = places.fullForms(Math.max(0, (block - 2) * BLOCK), (block + 1) * BLOCK);
      forms.set(key, found);
    }
    if (found.length === 0) continue;
    let pick = found[0];
    for (const f of found) if (f.at < q.start) pick = f;
    q.speaker = pick.name;
  }
}
