import { extractValues } from "@/lib/claims/detect";
import type { ClaimValue } from "@/lib/claims/types";
import { dimensionOf } from "@/lib/checks/dimensions";
import { termsOf } from "./terms";
import type { ClaimQuery } from "./types";
import { queryKeys } from "./value-keys";

// What the finder looks for in a claim: its key words (names weigh more) and the values it can compare, each with
// a weight. The value of the claim's own kind (the money of a money claim) weighs most: it is what is checked.

export interface WeightedValue {
  value: ClaimValue;
  weight: number;
  /** The value the claim is about (its kind's own, or every value when none is): near misses count on it. */
  primary: boolean;
}

export interface ClaimProfile {
  terms: Map<string, number>;
  values: WeightedValue[];
  valueKeys: string[];
  /** Quotations in the claim, lower-cased words, to find them word for word. */
  quotations: string[];
}

export const NAME_WEIGHT = 1.5;
const CONTEXT_WEIGHT = 0.5;

export function normalizeWords(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, " ").replace(/\s+/g, " ").trim();
}

export function profileClaim(claim: ClaimQuery): ClaimProfile {
  const terms = new Map<string, number>();
  for (const { term, name } of termsOf(claim.quote)) terms.set(term, Math.max(terms.get(term) ?? 0, name ? NAME_WEIGHT : 1));
  for (const { term, name } of termsOf(claim.context ?? "")) {
    if (!terms.has(term)) terms.set(term, (name ? NAME_WEIGHT : 1) * CONTEXT_WEIGHT);
  }
  const all = claim.values ?? extractValues(claim.quote, { publishedAt: claim.publishedAt ?? null });
  const values: WeightedValue[] = [];
  for (const value of all) {
    const dimension = dimensionOf(value);
    if (!dimension) continue;
    // A relative date nobody resolved ("last year") compares with nothing.
    if (dimension === "date" && typeof value.value === "string" && !/^\d{3,4}/.test(value.value)) continue;
    const primary = value.kind === claim.kind;
    values.push({ value, weight: primary ? 1.5 : 0.5, primary });
  }
  // A quotation claim is about its words (matched separately); its date is secondary. Otherwise, a claim with no
  // value of its own kind (an event with its dates) is about all its values.
  if (claim.kind !== "quote" && !values.some((v) => v.primary)) for (const v of values) v.primary = true;
  const quotations = all.filter((v) => v.kind === "quote" && typeof v.value === "string").map((v) => normalizeWords(String(v.value))).filter((q) => q.split(" ").length >= 2);
  // Two quoted words ("greatest threat") help find a passage but are too common to call it the same quotation.
  return { terms, values, valueKeys: [...new Set(values.flatMap(({ value }) => queryKeys(value)))], quotations };
}
