import type { ClaimValue } from "@/lib/claims/types";

/** A closed range of what a stated value allows: "more than $200 million" is [200M, ∞). */
export interface Interval {
  lo: number;
  hi: number;
}

const EXACT_TOLERANCE_CAP = 0.05;

/**
 * Half a unit of the last significant digit ("$12 billion" is 11.5–12.5 billion), capped at
 * 5% so a round "200" still means about 200 and not anything from 150 to 250.
 */
function roundingSlack(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0) return 0;
  let unit = 10 ** Math.floor(Math.log10(abs));
  // Walk down to the last non-zero digit.
  while (unit > 1e-9 && Math.abs(abs / unit - Math.round(abs / unit)) > 1e-9) unit /= 10;
  return Math.min(unit / 2, abs * EXACT_TOLERANCE_CAP);
}

const NEAR_BELOW = new Set(["nearly", "almost", "just under", "close to", "approaching"]);

/** How far past its bound a source's "over $200 million" is taken to reach: a source states roughly what it knows. */
const SOURCE_BOUND_REACH = 1.5;

/**
 * The claim asserts, the source estimates: an article's "more than X" is true for anything
 * above X, but a source's "over Y" describes an amount somewhat above Y, not any amount at all.
 */
export function intervalOf(value: number, stated: Pick<ClaimValue, "bound" | "qualifier">, role: "claim" | "source"): Interval {
  const qualifier = stated.qualifier?.toLowerCase();
  switch (stated.bound) {
    case "lower":
      return { lo: value, hi: role === "claim" ? Infinity : value * SOURCE_BOUND_REACH };
    case "upper":
      if (qualifier && NEAR_BELOW.has(qualifier)) return { lo: value * 0.9, hi: value };
      return { lo: role === "claim" ? -Infinity : value / SOURCE_BOUND_REACH, hi: value };
    case "approximate":
      return { lo: value * 0.9, hi: value * 1.1 };
    default: {
      const slack = roundingSlack(value);
      return { lo: value - slack, hi: value + slack };
    }
  }
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}
