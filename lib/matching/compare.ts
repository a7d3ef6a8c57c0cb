// Do two claims state the same values? The tolerance is the checks' own (lib/checks: rounding slack, hedges,
// date ranges, currencies), asked value by value, so a claim matched here would not be flagged by the checks.
import type { ClaimValue } from "@/lib/claims";
import { compareValues } from "@/lib/checks/compare-values";
import { dateRange, dimensionOf, magnitudeOf, type Dimension } from "@/lib/checks/dimensions";
import { intervalOf } from "@/lib/checks/intervals";
import type { FingerprintValue } from "./fingerprint";

export interface DimensionVerdict {
  dimension: Dimension | "quote";
  agree: boolean;
  /** the closest disagreeing pair, for the reason shown to the desk */
  ours?: string;
  theirs?: string;
  /** what the checks say about that pair ("the claim is 1,000 times the source") */
  note?: string;
  /** when they agree: how telling the agreeing values are (see specificity) */
  evidence: number;
  /**
   * when they differ: whether the two figures measure the same thing by the words around them ("same"), seem not to
   * ("other"), or no words were found around one side's figures ("unknown")
   */
  quantity?: "same" | "other" | "unknown";
}

const meet = (x: string[] | undefined, y: string[] | undefined) => !!x && !!y && x.some((w) => y.includes(w));

/**
 * Two figures count the same thing when a word right after one is right after the other ("$450 million package",
 * "$405 million package"), or when the words around them share two ("additional $267 million" and "additional
 * $276 million" from the State Department), or one when a figure has no words after it.
 */
function sameThing(x: FingerprintValue, y: FingerprintValue): boolean {
  if (meet(x.after, y.after)) return true;
  const around = new Set([...(x.after ?? []), ...(x.before ?? [])]);
  const shared = [...new Set([...(y.after ?? []), ...(y.before ?? [])])].filter((w) => around.has(w)).length;
  // A figure that ends its clause ("Homicides are down 18%") has only the words before it to go by.
  return shared >= (x.after && y.after ? 2 : 1);
}

function quantityOf(left: FingerprintValue[], right: FingerprintValue[]): "same" | "other" | "unknown" {
  if (left.some((x) => right.some((y) => sameThing(x, y)))) return "same";
  const bare = (v: FingerprintValue) => !v.after && !v.before;
  if (left.every(bare) || right.every(bare)) return "unknown";
  return "other";
}

/**
 * How much an agreeing value says that two claims are one: a full date or an exact "$887 million" a lot, a year or
 * "eight" little, a hedged "more than 100" less than an exact figure.
 */
export function specificity(v: FingerprintValue): number {
  if (v.kind === "quote") return 1;
  if (v.kind === "date") return v.unit === "day" ? 1 : v.unit === "month" ? 0.75 : v.unit === "decade" ? 0.25 : 0.5;
  const m = magnitudeOf(v as ClaimValue);
  const small = m !== null && Number.isInteger(m) && Math.abs(m) <= 12;
  return (small ? 0.5 : 1) * (v.bound && v.bound !== "exact" ? 0.75 : 1);
}

/** Money is compared per currency: a dimension key that keeps "$" and "Rs" apart. */
export function dimensionKey(value: FingerprintValue): string | null {
  const dimension = dimensionOf(value as ClaimValue);
  if (!dimension) return null;
  if (dimension === "date") return dateRange(value as ClaimValue) ? "date" : null;
  if (magnitudeOf(value as ClaimValue) === null) return null;
  return dimension === "money" ? `money:${value.unit ?? "?"}` : dimension;
}

/**
 * Two stated values agree when the ranges the checks give them meet. Both claims are read as the checks read two
 * statements of one article (internal-contradictions.ts): as what their writer knows, so "more than 180" reaches to
 * about 270 and no further, and "at least one goal" does not agree with 171 goals. Exact figures must overlap by
 * more than a touch: the checks' half-unit slack makes "21st" and "22nd" meet at 21.5, and they are not one figure.
 */
export function valuesAgree(a: FingerprintValue, b: FingerprintValue): boolean {
  if (a.kind === "date" || b.kind === "date") {
    const x = dateRange(a as ClaimValue);
    const y = dateRange(b as ClaimValue);
    return !!x && !!y && x.from <= y.to && y.from <= x.to;
  }
  const ma = magnitudeOf(a as ClaimValue);
  const mb = magnitudeOf(b as ClaimValue);
  if (ma === null || mb === null) return false;
  if (ma === mb) return true;
  const x = intervalOf(ma, a, "source");
  const y = intervalOf(mb, b, "source");
  return x.lo < y.hi && y.lo < x.hi;
}

function group(values: FingerprintValue[]): Map<string, FingerprintValue[]> {
  const byKey = new Map<string, FingerprintValue[]>();
  for (const v of values) {
    const key = dimensionKey(v);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), v]);
  }
  return byKey;
}

/**
 * Dimension by dimension, the values both claims state. A dimension agrees when every value of the claim that
 * states fewer of them finds an agreeing value in the other: "from 21 November to 18 December" against "from 20
 * November to 18 December" disagrees although the end dates agree, and "rose by 236,000 in March" still agrees
 * with "rose by 236,000 in March, against an average of 334,000", whose extra figure the shorter claim never states.
 */
export function compareClaimValues(ours: FingerprintValue[], theirs: FingerprintValue[]): DimensionVerdict[] {
  const a = group(ours);
  const b = group(theirs);
  const verdicts: DimensionVerdict[] = [];
  for (const [key, left] of a) {
    const right = b.get(key);
    if (!right) continue;
    const dimension = dimensionOf(left[0] as ClaimValue)!;
    const unmatched = (from: FingerprintValue[], to: FingerprintValue[]) => from.filter((x) => !to.some((y) => valuesAgree(x, y)));
    const leftOut = unmatched(left, right);
    const rightOut = unmatched(right, left);
    const missing =
      left.length < right.length ? leftOut.length : right.length < left.length ? rightOut.length : Math.min(leftOut.length, rightOut.length);
    if (missing === 0) {
      const fewer = left.length <= right.length ? left : right;
      verdicts.push({ dimension, agree: true, evidence: fewer.reduce((sum, v) => sum + specificity(v), 0) });
      continue;
    }
    const x = leftOut[0] ?? left[0];
    const finding = compareValues([x as ClaimValue], right as ClaimValue[])[0];
    verdicts.push({ dimension, agree: false, ours: finding?.articleSays ?? x.text, theirs: finding?.evidenceSays ?? right[0].text, note: finding?.message, evidence: 0, quantity: quantityOf(left, right) });
  }
  const quotes = sameQuotation(ours, theirs);
  if (quotes) verdicts.push({ dimension: "quote", agree: true, evidence: 1 });
  return verdicts;
}

const quoteWords = (q: FingerprintValue) => new Set(String(q.value).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * A quotation is a value too: the same words quoted again ("one of the most dangerous nations in the world" inside
 * the full sentence) count as a stated value that agrees. Different words are not a conflict: people say many things.
 */
function sameQuotation(ours: FingerprintValue[], theirs: FingerprintValue[]): boolean {
  for (const a of ours) {
    if (a.kind !== "quote") continue;
    for (const b of theirs) {
      if (b.kind !== "quote") continue;
      const wa = quoteWords(a);
      const wb = quoteWords(b);
      const shared = [...wa].filter((w) => wb.has(w)).length;
      if (Math.min(wa.size, wb.size) >= 2 && shared / Math.min(wa.size, wb.size) >= 0.8) return true;
    }
  }
  return false;
}
