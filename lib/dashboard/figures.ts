import { CLAIM_STATES, VERDICTS, type ClaimState, type Verdict } from "@/lib/review/rules";
import type { Severity } from "@/lib/generated/prisma/enums";
import { CORRECTION_VERDICTS, NO_VERDICT, SEVERITIES, zeroCounts } from "./vocabulary";

export type VerdictKey = Verdict | typeof NO_VERDICT;
export const VERDICT_KEYS: readonly VerdictKey[] = [...VERDICTS, NO_VERDICT];

/** The figures the dashboard shows for one article, or for the whole slice. */
export interface ClaimFigures {
  total: number;
  signedOff: number;
  byState: Record<ClaimState, number>;
  byVerdict: Record<VerdictKey, number>;
  openFlags: number;
  openFlagsBySeverity: Record<Severity, number>;
  /** INACCURATE or MISLEADING claims whose text is still the rated wording (see CORRECTION_VERDICTS). */
  correctionsPending: number;
  /** Claims whose text changed or could not be found after a revision. */
  anchorsChanged: number;
  /** Detected claims still waiting for a person to accept or reject them; not in `total`. */
  suggestions: number;
}

/** One row of `groupBy(["state", "verdict", "anchor"])`: the database did the counting. */
export interface ClaimCountRow {
  state: ClaimState;
  verdict: Verdict | null;
  anchor: string;
  count: number;
}

export function emptyFigures(): ClaimFigures {
  return {
    total: 0,
    signedOff: 0,
    byState: zeroCounts(CLAIM_STATES),
    byVerdict: zeroCounts(VERDICT_KEYS),
    openFlags: 0,
    openFlagsBySeverity: zeroCounts(SEVERITIES),
    correctionsPending: 0,
    anchorsChanged: 0,
    suggestions: 0,
  };
}

const needsCorrection = (verdict: Verdict | null) => (CORRECTION_VERDICTS as readonly (Verdict | null)[]).includes(verdict);

/** Folds a few dozen grouped counts into figures; pure, so the arithmetic is unit-tested. */
export function foldFigures(
  claimRows: ClaimCountRow[],
  flagRows: { severity: Severity; count: number }[],
  suggestions: number,
): ClaimFigures {
  const figures = emptyFigures();
  for (const row of claimRows) {
    figures.total += row.count;
    figures.byState[row.state] += row.count;
    figures.byVerdict[row.verdict ?? NO_VERDICT] += row.count;
    if (row.anchor !== "ANCHORED") figures.anchorsChanged += row.count;
    if (needsCorrection(row.verdict) && row.anchor === "ANCHORED") figures.correctionsPending += row.count;
  }
  figures.signedOff = figures.byState.SIGNED_OFF;
  for (const row of flagRows) {
    figures.openFlagsBySeverity[row.severity] += row.count;
    figures.openFlags += row.count;
  }
  figures.suggestions = suggestions;
  return figures;
}
