import type { AnchorState, ClaimKind, Severity } from "@/lib/generated/prisma/enums";

/** The closed sets the dashboard counts by, in the order a desk reads them (states and verdicts live in lib/review/rules.ts). */
export const CLAIM_KINDS = ["money", "number", "percent", "fraction", "date", "duration", "quote", "event", "other"] as const satisfies readonly ClaimKind[];
export const ANCHOR_STATES = ["ANCHORED", "TEXT_CHANGED", "ORPHANED"] as const satisfies readonly AnchorState[];
export const SEVERITIES = ["HIGH", "MEDIUM", "LOW"] as const satisfies readonly Severity[];
/** A claim without a verdict yet, counted beside the verdicts so every claim is in exactly one bucket. */
export const NO_VERDICT = "NONE";

/**
 * Verdicts that call for a correction. A correction is pending while the claim's text is still the
 * wording that was rated (anchor ANCHORED): once a revision changes that text (TEXT_CHANGED) the
 * desk counts the correction as applied, as DESIGN.md says.
 */
export const CORRECTION_VERDICTS = ["INACCURATE", "MISLEADING"] as const;

/** Counts keyed by every member of a closed set, zero where the database returned no row. */
export function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}
