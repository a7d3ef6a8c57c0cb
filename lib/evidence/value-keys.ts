import type { ClaimValue } from "@/lib/claims/types";
import { dateRange, dimensionOf, magnitudeOf } from "@/lib/checks/dimensions";

// Keys a value is looked up by in the index. They are deliberately loose, so that one lookup finds both the same
// value and its near misses: "$200 million" and "$200 billion" share the key money:2, "14 December 2023" and
// "14 December 2022" share day:12-14. The exact comparison (relate-values.ts) then says which is which.

/** The significant digits of a number, without the magnitude: 200,000,000 → "2", 0.035 → "35", 236,000 → "236". */
export function significantDigits(value: number): string {
  const digits = Math.abs(value).toPrecision(12).replace(/e.*$/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  return digits || "0";
}

/** The digits sorted: "236" and "263" share it, so transposed digits are found too. */
export const digitBag = (value: number) => [...significantDigits(value)].sort().join("");

export function valueKeys(value: ClaimValue): string[] {
  const dimension = dimensionOf(value);
  if (!dimension) return [];
  if (dimension === "date") {
    const range = dateRange(value);
    if (!range) return [];
    const from = new Date(range.from);
    const keys = [`year:${from.getUTCFullYear()}`];
    if (range.precision === "day") keys.push(`day:${String(from.getUTCMonth() + 1).padStart(2, "0")}-${String(from.getUTCDate()).padStart(2, "0")}`);
    if (range.precision === "month") keys.push(`month:${from.getUTCMonth() + 1}`);
    return keys;
  }
  const magnitude = magnitudeOf(value);
  if (magnitude === null || magnitude === 0) return [];
  return [`${dimension}:${digitBag(magnitude)}`];
}

/** Years either side, so "2021" finds a claim's "2022" as a near miss. */
export function queryKeys(value: ClaimValue): string[] {
  const keys = valueKeys(value);
  const year = keys.find((key) => key.startsWith("year:"));
  if (!year) return keys;
  const y = Number(year.slice(5));
  const range = dateRange(value);
  // A day or month is found in any year by its day/month key; a bare year looks at its neighbours.
  return range?.precision === "year" ? [...keys, `year:${y - 1}`, `year:${y + 1}`, `year:${y - 2}`, `year:${y + 2}`] : keys;
}
