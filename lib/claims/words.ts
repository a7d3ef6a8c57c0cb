// One pass over the words of a text, handing each word that some scanner listens for to that scanner. Running a
// dozen word-alternation regexes over every position of a text cost more than everything else together; looking
// each word up once is several times cheaper (see bench/extract.ts). Words are looked up by a case-folded hash
// computed while scanning, so no string is cut out of the text unless a scanner wants it.

/**
 * Receives the words a scan finds. One object with a method, not a list of closures: closures made afresh for every
 * text are optimized afresh for every text too (V8 recompiled a dozen of them per call), a method once.
 */
export interface WordVisitor {
  word(route: number, start: number, end: number): void;
}

interface Entry {
  /** lower case, or exactly as written when `exact` */
  word: string;
  exact: boolean;
  ids: number[];
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A letter outside ASCII ("é" in "Café") glues a word to ours; punctuation such as ’ or — does not. */
function isOtherLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128 || c === 0xa0 || (c >= 0x2000 && c <= 0x206f)) return false;
  return /\p{L}/u.test(text[i]);
}

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + (word.charCodeAt(i) | 32)) | 0;
  return h;
}

export class WordIndex {
  private readonly entries = new Map<number, Entry[]>();
  /** one byte per low 16 bits of a hash: a cheap "certainly not ours" before the map lookup */
  private readonly maybe = new Uint8Array(1 << 16);

  /**
   * `routes[i]` lists the words route i listens for. A word given in lower case matches in any case; a word given
   * with a capital ("May", "USD") matches only as written.
   */
  constructor(routes: readonly (readonly string[])[]) {
    routes.forEach((words, id) => {
      for (const w of words) {
        const exact = /[A-Z]/.test(w);
        const h = hashOf(w);
        const list = this.entries.get(h) ?? [];
        let entry = list.find((e) => e.word === (exact ? w : w.toLowerCase()) && e.exact === exact);
        if (!entry) {
          entry = { word: exact ? w : w.toLowerCase(), exact, ids: [] };
          list.push(entry);
          this.entries.set(h, list);
        }
        if (!entry.ids.includes(id)) entry.ids.push(id);
        this.maybe[h & 0xffff] = 1;
      }
    });
  }

  /** Calls `visitor.word(id, start, end)` for every word of `text` that route `id` listens for, in text order. */
  scan(text: string, visitor: WordVisitor): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (!isAsciiLetter(c)) {
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      do {
        h = (Math.imul(h, 31) + (c | 32)) | 0;
        i++;
        c = i < n ? text.charCodeAt(i) : 0;
      } while (isAsciiLetter(c));
      if (this.maybe[h & 0xffff] === 0) continue;
      const list = this.entries.get(h);
      if (list === undefined) continue;
      // A word glued to a digit or to a letter outside ASCII ("5years", "Café") is not one of ours.
      const before = start > 0 ? text.charCodeAt(start - 1) : 32;
      if ((before >= 48 && before <= 57) || (before > 127 && isOtherLetter(text, start - 1))) continue;
      if (c > 127 && isOtherLetter(text, i)) continue;
      for (const entry of list) {
        if (!matches(text, start, i, entry)) continue;
        for (const id of entry.ids) visitor.word(id, start, i);
      }
    }
  }
}

function matches(text: string, start: number, end: number, entry: Entry): boolean {
  const w = entry.word;
  if (w.length !== end - start) return false;
  for (let k = 0; k < w.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((entry.exact ? c : c | 32) !== w.charCodeAt(k)) return false;
  }
  return true;
}
