import type { ClaimValue } from "@/lib/claims/types";
import { dimensionOf, magnitudeOf } from "./dimensions";
import { intervalOf, overlaps } from "./intervals";

/**
 * The same quantity stated twice with different values: "33 million people affected" in one
 * paragraph and "30 million people affected" in another. A quantity is known by what follows the
 * number (its next two words), its dimension and its unit.
 */
export interface InternalContradiction {
  first: ClaimValue & { start: number; end: number };
  second: ClaimValue & { start: number; end: number };
  what: string;
}

const FOLLOWING = /^[\s\u00a0]+(?:of[\s\u00a0]+)?([\p{L}-]+)[\s\u00a0]+([\p{L}-]+)/u;
const WEAK = new Set(["the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "that", "which", "was", "is", "were", "are", "has", "had", "have", "as", "this", "its", "their"]);

function quantityKey(body: string, value: ClaimValue & { end: number }): string | null {
  const dimension = dimensionOf(value);
  if (dimension !== "money" && dimension !== "count" && dimension !== "proportion") return null;
  const match = FOLLOWING.exec(body.slice(value.end, value.end + 60));
  if (!match) return null;
  const words = [match[1], match[2]].map((w) => w.toLowerCase());
  if (words.some((w) => WEAK.has(w))) return null;
  return `${dimension}:${value.unit ?? ""}:${words.join(" ")}`;
}

export function findInternalContradictions(body: string, values: ClaimValue[]): InternalContradiction[] {
  const byKey = new Map<string, (ClaimValue & { start: number; end: number })[]>();
  for (const value of values) {
    if (value.start === undefined || value.end === undefined || magnitudeOf(value) === null) continue;
    const placed = value as ClaimValue & { start: number; end: number };
    const key = quantityKey(body, placed);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), placed]);
  }
  const found: InternalContradiction[] = [];
  for (const [key, list] of byKey) {
    const sorted = list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      const first = sorted[0];
      const second = sorted[i];
      // Both are the article's own assertions, read the same way.
      const agree = overlaps(intervalOf(magnitudeOf(first)!, first, "source"), intervalOf(magnitudeOf(second)!, second, "source"));
      if (!agree) found.push({ first, second, what: key.split(":").at(-1)! });
    }
  }
  return found;
}
