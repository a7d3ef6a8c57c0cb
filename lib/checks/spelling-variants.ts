/**
 * Spelling variants inside one article: an acronym or capitalized name that appears once, one
 * edit (a swap of two neighbouring letters, or one letter changed, added or dropped) away from a
 * spelling the article uses more often — "TPP" beside many "TTP", "Departmemt" beside "Department".
 */
export interface SpellingVariant {
  variant: string;
  expected: string;
  start: number;
  end: number;
  /** How often the expected spelling appears. */
  expectedCount: number;
}

const TOKEN = /[\p{L}][\p{L}\p{M}'’-]*/gu;

function isAcronym(word: string): boolean {
  return word.length >= 3 && word.length <= 8 && /^[A-Z]+$/.test(word);
}

function isCapitalizedName(word: string): boolean {
  return word.length >= 6 && /^\p{Lu}\p{Ll}+$/u.test(word);
}

/** True when b is one transposition, substitution, insertion or deletion away from a. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    const [i, j] = diffs;
    return diffs.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

export function findSpellingVariants(body: string): SpellingVariant[] {
  const occurrences = new Map<string, { start: number; end: number }[]>();
  for (const match of body.matchAll(TOKEN)) {
    const word = match[0].replace(/['’-]+$/, "");
    if (!isAcronym(word) && !isCapitalizedName(word)) continue;
    const list = occurrences.get(word) ?? [];
    list.push({ start: match.index!, end: match.index! + word.length });
    occurrences.set(word, list);
  }
  const words = [...occurrences.keys()];
  const variants: SpellingVariant[] = [];
  for (const rare of words) {
    const seen = occurrences.get(rare)!;
    if (seen.length !== 1) continue;
    // The usual spelling must be the same kind of word and clearly the more common one.
    const expected = words
      .filter((w) => w !== rare && isAcronym(w) === isAcronym(rare) && occurrences.get(w)!.length >= 2 && oneEditApart(rare, w))
      .sort((x, y) => occurrences.get(y)!.length - occurrences.get(x)!.length)[0];
    if (expected) variants.push({ variant: rare, expected, ...seen[0], expectedCount: occurrences.get(expected)!.length });
  }
  return variants.sort((a, b) => a.start - b.start);
}
