import type { ClaimValue } from "@/lib/claims/types";

/**
 * What a value measures, so only like is compared with like: money per currency, proportions
 * (percentages and fractions together), counts, durations in days, and dates.
 */
export type Dimension = "money" | "proportion" | "count" | "duration" | "date";

const DAYS_PER: Record<string, number> = { years: 365.25, months: 30.44, weeks: 7, days: 1, hours: 1 / 24 };

export function dimensionOf(value: ClaimValue): Dimension | null {
  switch (value.kind) {
    case "money":
      return "money";
    case "percent":
    case "fraction":
      return "proportion";
    case "number":
      return "count";
    case "duration":
      return "duration";
    case "date":
      return "date";
    default:
      return null;
  }
}

/** The value in the dimension's common scale, or null when it cannot be compared (an unresolved "last year"). */
export function magnitudeOf(value: ClaimValue): number | null {
  if (typeof value.value !== "number") return null;
  if (value.kind === "percent") return value.value / 100;
  if (value.kind === "duration") return value.unit && DAYS_PER[value.unit] ? value.value * DAYS_PER[value.unit] : null;
  return value.value;
}

/** A date value as the range of days it covers: "2022-11" is all of November 2022. */
export function dateRange(value: ClaimValue): { from: number; to: number; precision: "day" | "month" | "year" | "decade" } | null {
  if (typeof value.value !== "string") return null;
  const text = value.value;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const day = Date.UTC(+match[1], +match[2] - 1, +match[3]);
    return { from: day, to: day, precision: "day" };
  }
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) return { from: Date.UTC(+match[1], +match[2] - 1, 1), to: Date.UTC(+match[1], +match[2], 0), precision: "month" };
  match = /^(\d{4})$/.exec(text);
  if (match) return { from: Date.UTC(+match[1], 0, 1), to: Date.UTC(+match[1], 11, 31), precision: "year" };
  match = /^(\d{3})0s$/.exec(text);
  if (match) return { from: Date.UTC(+match[1] * 10, 0, 1), to: Date.UTC(+match[1] * 10 + 9, 11, 31), precision: "decade" };
  return null;
}
