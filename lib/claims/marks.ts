// What a claim is built around: the values, events and quotations in a sentence ("marks"), with the weight each adds
// to a claim, and the searches over them that splitting and trimming share.

export interface Part {
  start: number;
  end: number;
}

/** A value, event or quotation in the text, with the weight it adds to a claim (score.ts). */
export interface Mark {
  start: number;
  end: number;
  weight: number;
}

/** A mark this heavy can make a claim on its own. */
export const STRONG = 0.5;

/** The index of the first item whose key is at least `pos`, in an array sorted by that key. */
export function lowerBound<T>(items: T[], pos: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const markStart = (m: Mark) => m.start;

/** At least `n` strong marks lie inside text[start, end); a search, so a sentence split a thousand ways stays fast. */
export function strongAtLeast(marks: Mark[], start: number, end: number, n: number): boolean {
  let found = 0;
  for (let k = lowerBound(marks, start, markStart); k < marks.length && marks[k].start < end; k++) {
    if (marks[k].end <= end && marks[k].weight >= STRONG && ++found >= n) return true;
  }
  return false;
}

export function strongIn(marks: Mark[], start: number, end: number): boolean {
  return strongAtLeast(marks, start, end, 1);
}

/** `text.indexOf(ch, from)` that never looks at or past `to`: an unbounded search per claim would be quadratic. */
export function indexWithin(text: string, ch: string, from: number, to: number): number {
  if (to <= from) return -1;
  // A slice of a long string shares its characters, so this costs no copy.
  const i = text.slice(from, to).indexOf(ch);
  return i < 0 ? -1 : from + i;
}

/**
 * Every position of `ch` in text[from, to), searched in that range only. A plain loop over String#indexOf: Turbopack's
 * minifier once renamed an imported function in a for-loop's update clause but not the clause itself, which broke the
 * production bundle, so callers loop over this array instead.
 */
export function positionsWithin(text: string, ch: string, from: number, to: number): number[] {
  const found: number[] = [];
  if (to <= from) return found;
  const chunk = text.slice(from, to);
  for (let i = chunk.indexOf(ch); i >= 0; i = chunk.indexOf(ch, i + 1)) found.push(from + i);
  return found;
}
