// One person, one speaker: a name given in full once ("NASA Administrator Bill Nelson") and later by surname alone
// ("…,” Nelson said) is recorded everywhere in its fullest form, so a reviewer sees "Bill Nelson" on every quotation.
// When the text gives several full forms for one surname ("Joe Biden", "Hunter Biden"), the one named last before
// the quotation wins, else the first one after it.
import { nameOf } from "./names";

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

/** Full forms of the one-word name `short` in `text`, in text order. */
function fullForms(text: string, short: string, from: number, to: number): Named[] {
  const out: Named[] = [];
  let seen = 0;
  for (let i = text.indexOf(short, from); i >= 0 && i < to && seen < MAX_PLACES; i = text.indexOf(short, i + short.length)) {
    seen++;
    const after = i + short.length;
    // Glued to other letters, or followed by another capitalized word ("Nelson Mandela"): another name.
    if (/[\p{L}\-]/u.test(text[after] ?? "") || /^\s[A-Z\p{Lu}]\p{Ll}/u.test(text.slice(after, after + 3))) continue;
    if (i === 0 || !/\s/.test(text[i - 1])) continue;
    const m = CAPS_BEFORE.exec(text.slice(Math.max(0, i - 80), i));
    if (!m) continue;
    const tokens = (nameOf(`${m[1]}${short}`) ?? "").split(" ");
    // Leading acronyms ("NASA", "FBI") and sentence openers are not part of a person's name.
    while (tokens.length > 1 && (NOT_A_FIRST_NAME.has(tokens[0]) || /^[A-Z]{2,}$/.test(tokens[0]))) tokens.shift();
    if (tokens.length < 2 || tokens.length > 4 || tokens[tokens.length - 1] !== short) continue;
    out.push({ at: i, name: tokens.join(" ") });
  }
  return out;
}

/** Replaces one-word speaker names with the fullest form the text gives for that surname. */
export function fullestSpeakers(text: string, quotes: { start: number; speaker?: string }[]): void {
  const forms = new Map<string, Named[]>();
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
      found = fullForms(text, short, Math.max(0, (block - 2) * BLOCK), (block + 1) * BLOCK);
      forms.set(key, found);
    }
    if (found.length === 0) continue;
    let pick = found[0];
    for (const f of found) if (f.at < q.start) pick = f;
    q.speaker = pick.name;
  }
}
