import { z } from "zod";
import type { ClaimValue } from "@/lib/claims/types";

// The normalized values are stored as JSON text; they are parsed back through this schema so a
// malformed row shows as "no values" instead of crashing a page.
const storedValue = z
  .object({
    kind: z.enum(["money", "number", "percent", "fraction", "date", "duration", "quote", "event"]),
    value: z.union([z.number(), z.string()]),
    text: z.string(),
  })
  .passthrough();

const storedValues = z.array(storedValue);

export function parseStoredValues(json: string | null | undefined): ClaimValue[] {
  if (!json) return [];
  try {
    const parsed = storedValues.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as ClaimValue[]) : [];
  } catch {
    return [];
  }
}

export function serializeValues(values: readonly ClaimValue[]): string {
  return JSON.stringify(values);
}

// Made once: `toLocaleString` with options builds a new Intl formatter on every call (a claim page describes
// every value of every citation).
const VALUE_NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

/** "more than $200 billion" → "more than 200,000,000,000 USD": how a value reads once normalized. */
export function describeValue(value: ClaimValue): string {
  const qualifier = value.qualifier ? `${value.qualifier} ` : "";
  if (typeof value.value === "number") {
    const number = VALUE_NUMBER.format(value.value);
    const unit = value.kind === "percent" ? "%" : value.unit ? ` ${value.unit}` : "";
    return `${qualifier}${number}${unit}`;
  }
  const suffix = value.kind === "date" && value.relative ? " (relative)" : "";
  const speaker = value.speaker ? ` — ${value.speaker}` : "";
  return `${qualifier}${value.value}${suffix}${speaker}`;
}
