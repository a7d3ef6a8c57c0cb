import type { ClaimValue } from "@/lib/claims/types";
import { isPastVerb } from "@/lib/claims/verbs";
import { dimensionOf, magnitudeOf } from "./dimensions";
import { intervalOf, overlaps } from "./intervals";

/**
 * The same quantity stated twice with different values: "33 million people affected" in one
 * paragraph and "30 million people affected" in another; "41,000 homes" and later "38,500 homes
 * were destroyed". A quantity is known by its dimension, its unit and the noun after the number;
 * what happened to it (a past participle after the noun or the verb before the number) tells two
 * quantities of one noun apart ("people killed" is not "people injured").
 */
export interface InternalContradiction {
  first: ClaimValue & { start: number; end: number };
  second: ClaimValue & { start: number; end: number };
  what: string;
}

const WORDS_AFTER = /^[\s\u00a0]+(?:of[\s\u00a0]+)?([\p{L}-]+)((?:[\s\u00a0]+[\p{L}'’-]+){0,4})/u;
const WEAK = new Set(["the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "that", "which", "was", "is", "were", "are", "has", "had", "have", "as", "this", "its", "their", "been", "be", "said", "says", "of", "than", "who", "it", "they", "he", "she", "we", "now", "also", "still", "more", "last", "later", "next", "per", "each", "every", "year", "month", "week", "day", "annually"]);
/** Counts below this are too common in news ("two people", "five members") to pair by the noun alone. */
const SMALL_COUNT = 100;
/** Two figures for one quantity are read as a restatement when the smaller is at least this share of the larger. */
const CLOSE = 0.6;

interface Quantity {
  key: string;
  noun: string;
  /** the content word right after the noun, if any ("people affected") */
  next?: string;
  context: Set<string>;
}

function quantityOf(body: string, value: ClaimValue & { start: number; end: number }): Quantity | null {
  const dimension = dimensionOf(value);
  if (dimension !== "money" && dimension !== "count" && dimension !== "proportion") return null;
  const match = WORDS_AFTER.exec(body.slice(value.end, value.end + 80));
  if (!match) return null;
  const noun = match[1].toLowerCase();
  if (WEAK.has(noun) || !/^\p{L}/u.test(noun)) return null;
  const second = match[2].trim().split(/[\s\u00a0]+/)[0]?.toLowerCase();
  // What happened to the quantity: the past participles after the noun ("homes were destroyed") or the verb
  // before the number ("destroyed 41,000 homes").
  const before = /([\p{L}-]+)[\s\u00a0]+$/u.exec(body.slice(Math.max(0, value.start - 30), value.start))?.[1] ?? "";
  const context = new Set(
    [before, ...match[2].split(/[\s\u00a0]+/)].map((w) => w.toLowerCase()).filter((w) => w && !WEAK.has(w) && isPastVerb(w)),
  );
  return { key: `${dimension}:${value.unit ?? ""}:${noun}`, noun, next: second && !WEAK.has(second) ? second : undefined, context };
}

type Placed = ClaimValue & { start: number; end: number };

/** Two mentions of one noun name the same quantity when what follows agrees, or when one says nothing more. */
function sameQuantity(a: { value: Placed; q: Quantity }, b: { value: Placed; q: Quantity }): string | null {
  if (a.q.next && a.q.next === b.q.next) return `${a.q.noun} ${a.q.next}`;
  if (dimensionOf(a.value) === "count" && Math.min(magnitudeOf(a.value)!, magnitudeOf(b.value)!) < SMALL_COUNT) return null;
  for (const w of a.q.context) if (b.q.context.has(w)) return a.q.noun;
  return null;
}

export function findInternalContradictions(body: string, values: ClaimValue[]): InternalContradiction[] {
  const byKey = new Map<string, { value: Placed; q: Quantity }[]>();
  for (const value of values) {
    if (value.start === undefined || value.end === undefined || magnitudeOf(value) === null) continue;
    const placed = value as Placed;
    const q = quantityOf(body, placed);
    if (q) byKey.set(q.key, [...(byKey.get(q.key) ?? []), { value: placed, q }]);
  }
  const found: InternalContradiction[] = [];
  for (const list of byKey.values()) {
    const sorted = list.sort((a, b) => a.value.start - b.value.start);
    const first = sorted[0];
    for (let i = 1; i < sorted.length; i++) {
      const second = sorted[i];
      const what = sameQuantity(first, second);
      if (!what) continue;
      // A restatement that disagrees is close to the first figure ("41,000 homes" / "38,500 homes"); figures far
      // apart are different quantities of one noun ("added 72,000 jobs" in one industry, "34,000 jobs" in another).
      const [x, y] = [Math.abs(magnitudeOf(first.value)!), Math.abs(magnitudeOf(second.value)!)];
      if (Math.min(x, y) < CLOSE * Math.max(x, y)) continue;
      // Both are the article's own assertions, read the same way.
      const agree = overlaps(
        intervalOf(magnitudeOf(first.value)!, first.value, "source"),
        intervalOf(magnitudeOf(second.value)!, second.value, "source"),
      );
      if (!agree) found.push({ first: first.value, second: second.value, what });
    }
  }
  return found;
}
