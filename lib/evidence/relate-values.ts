import type { ClaimValue } from "@/lib/claims/types";
import { describeRatio } from "@/lib/checks/compare-values";
import { dateRange, dimensionOf, magnitudeOf } from "@/lib/checks/dimensions";
import { intervalOf, overlaps } from "@/lib/checks/intervals";
import { digitBag, significantDigits } from "./value-keys";

// How one value in a passage relates to one of the claim's, with the automatic checks' tolerance (lib/checks):
// values whose intervals overlap are the SAME, so the finder never calls SAME what a check would flag. It is
// stricter in one place: two values bounded alike are compared as numbers (see relateNumbers).

export type Relation = "SAME" | "NEAR_MISS" | "OTHER";

export interface ValueRelation {
  relation: Relation;
  claim: ClaimValue;
  passage: ClaimValue;
  /** Words for the reader: why this pair is a near miss, or that it agrees. */
  why: string;
  /** A SAME date less precise than the claim's. */
  coarser?: boolean;
}

/** Non-overlapping values this close (relative to the larger) are a near miss: a rounding or a bound that falls short. */
const CLOSE = 0.1;
const MAX_YEAR_GAP = 3;

function relateNumbers(claim: ClaimValue, passage: ClaimValue): ValueRelation | null {
  if (claim.kind === "money" && claim.unit !== passage.unit) return { relation: "OTHER", claim, passage, why: "another currency" };
  const a = magnitudeOf(claim);
  const b = magnitudeOf(passage);
  if (a === null || b === null) return null;
  // Two values bounded the same way ("up to $25 million", "up to $2.5 million") state two caps: compared as
  // numbers, or any cap would "cover" any smaller one. Otherwise the checks' intervals decide.
  const sameBound = claim.bound && claim.bound !== "exact" && claim.bound === passage.bound;
  const [ia, ib] = sameBound ? [intervalOf(a, {}, "claim"), intervalOf(b, {}, "source")] : [intervalOf(a, claim, "claim"), intervalOf(b, passage, "source")];
  if (overlaps(ia, ib)) return { relation: "SAME", claim, passage, why: "the same value" };
  const ratio = a / b;
  const power = Math.log10(Math.abs(ratio));
  if (b !== 0 && significantDigits(a) === significantDigits(b) && Math.abs(power - Math.round(power)) < 1e-9) {
    return { relation: "NEAR_MISS", claim, passage, why: `the same digits at another magnitude (${describeRatio(a, b)})` };
  }
  // Close is a near miss only when the passage rounds or bounds: "nearly 4 percent" for 4.2, "$23 million" for
  // $21.45 million. Two exact figures of the same precision (60.4 and 62.6 percent) are two different figures.
  const bounded = (claim.bound && claim.bound !== "exact") || (passage.bound && passage.bound !== "exact");
  const rounded = significantDigits(b).length < significantDigits(a).length;
  if ((bounded || rounded) && Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) <= CLOSE) {
    return { relation: "NEAR_MISS", claim, passage, why: `close, but ${bounded ? "a bound" : "a rounded value"} that does not cover the claim's` };
  }
  if (digitBag(a) === digitBag(b) && significantDigits(a).length > 1 && Math.abs(power) < 1.05) {
    return { relation: "NEAR_MISS", claim, passage, why: "the same digits in another order" };
  }
  return { relation: "OTHER", claim, passage, why: "another value" };
}

function relateDates(claim: ClaimValue, passage: ClaimValue): ValueRelation | null {
  const a = dateRange(claim);
  const b = dateRange(passage);
  if (!a || !b) return null;
  if (a.from <= b.to && b.from <= a.to) {
    // "2023" does not confirm "December 2023": a coarser date only covers the claim's.
    const coarser = b.to - b.from > a.to - a.from;
    return { relation: "SAME", claim, passage, why: coarser ? "a date that covers the claim's" : "the same date", coarser };
  }
  // "Last year" was resolved by inference: it can agree with a date, but is too loose to call another year a near miss.
  if (claim.relative) return { relation: "OTHER", claim, passage, why: "another date" };
  const [da, db] = [new Date(a.from), new Date(b.from)];
  const yearGap = Math.abs(da.getUTCFullYear() - db.getUTCFullYear());
  const sameMonth = da.getUTCMonth() === db.getUTCMonth();
  const sameDay = da.getUTCDate() === db.getUTCDate();
  // Near misses are the slips a writer makes: a year off by a little, or another day of the same month. Another
  // month of the same year is usually another event, and is not called one.
  if (a.precision === "day" && b.precision === "day") {
    if (sameMonth && sameDay && yearGap <= MAX_YEAR_GAP) return { relation: "NEAR_MISS", claim, passage, why: "the same day in another year" };
    if (yearGap === 0 && sameMonth) return { relation: "NEAR_MISS", claim, passage, why: "another day of the same month" };
  }
  if (a.precision === "month" && b.precision === "month" && sameMonth && yearGap <= MAX_YEAR_GAP) {
    return { relation: "NEAR_MISS", claim, passage, why: "the same month in another year" };
  }
  if (a.precision === "year" && b.precision === "year" && yearGap <= MAX_YEAR_GAP) {
    return { relation: "NEAR_MISS", claim, passage, why: "another year" };
  }
  return { relation: "OTHER", claim, passage, why: "another date" };
}

/** null when the two values measure different things (money against a date) and cannot be related. */
export function relateValues(claim: ClaimValue, passage: ClaimValue): ValueRelation | null {
  const dimension = dimensionOf(claim);
  if (!dimension || dimension !== dimensionOf(passage)) return null;
  return dimension === "date" ? relateDates(claim, passage) : relateNumbers(claim, passage);
}

const RANK: Record<Relation, number> = { SAME: 3, NEAR_MISS: 2, OTHER: 1 };

/** The passage value that relates best to one claim value: the same value wins, then a near miss. */
export function bestRelation(claim: ClaimValue, passageValues: ClaimValue[]): ValueRelation | null {
  let best: ValueRelation | null = null;
  for (const value of passageValues) {
    const relation = relateValues(claim, value);
    if (relation && (!best || RANK[relation.relation] > RANK[best.relation] || (relation.relation === best.relation && best.coarser && !relation.coarser))) best = relation;
  }
  return best;
}
