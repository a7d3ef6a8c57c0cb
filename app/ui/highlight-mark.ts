import { STATE_LABEL, VERDICT_LABEL } from "./labels";

/**
 * How a claim's highlight looks and what it says: its verdict once it has one (an inaccurate claim is
 * never painted green because it was signed off), otherwise where it stands in review. Every mark has
 * a colour, an underline pattern and a glyph, so colour is never the only cue (legend: HighlightLegend).
 */
export type MarkKey =
  | "suggested"
  | "unreviewed"
  | "in-review"
  | "awaiting-signoff"
  | "accurate"
  | "mostly-accurate"
  | "misleading"
  | "inaccurate"
  | "unverifiable";

export interface MarkInfo {
  key: MarkKey;
  /** What the legend and a screen reader say. */
  label: string;
  /** A glyph drawn after the span (CSS generated content with empty alt text: the label says it in words). */
  glyph: string;
}

const MARKS: Record<MarkKey, MarkInfo> = {
  suggested: { key: "suggested", label: "Suggested by detection", glyph: "" },
  unreviewed: { key: "unreviewed", label: STATE_LABEL.UNREVIEWED, glyph: "" },
  "in-review": { key: "in-review", label: STATE_LABEL.IN_REVIEW, glyph: "" },
  "awaiting-signoff": { key: "awaiting-signoff", label: STATE_LABEL.AWAITING_SIGNOFF, glyph: "" },
  accurate: { key: "accurate", label: VERDICT_LABEL.ACCURATE, glyph: "✓" },
  "mostly-accurate": { key: "mostly-accurate", label: VERDICT_LABEL.MOSTLY_ACCURATE, glyph: "≈" },
  misleading: { key: "misleading", label: VERDICT_LABEL.MISLEADING, glyph: "!" },
  inaccurate: { key: "inaccurate", label: VERDICT_LABEL.INACCURATE, glyph: "✗" },
  unverifiable: { key: "unverifiable", label: VERDICT_LABEL.UNVERIFIABLE, glyph: "?" },
};

/** The marks in the order the legend lists them: review states first, then verdicts. */
export const STATE_MARKS: MarkInfo[] = [MARKS.unreviewed, MARKS["in-review"], MARKS["awaiting-signoff"], MARKS.suggested];
export const VERDICT_MARKS: MarkInfo[] = [MARKS.accurate, MARKS["mostly-accurate"], MARKS.misleading, MARKS.inaccurate, MARKS.unverifiable];

const VERDICT_KEY: Record<string, MarkKey> = {
  ACCURATE: "accurate",
  MOSTLY_ACCURATE: "mostly-accurate",
  MISLEADING: "misleading",
  INACCURATE: "inaccurate",
  UNVERIFIABLE: "unverifiable",
};

const STATE_KEY: Record<string, MarkKey> = {
  UNREVIEWED: "unreviewed",
  IN_REVIEW: "in-review",
  AWAITING_SIGNOFF: "awaiting-signoff",
};

/** Pure: the mark of a claim, by its verdict first, then its state; a suggestion nobody accepted is marked as one. */
export function markOf(claim: { state: string; verdict: string | null; suggestion?: string }): MarkInfo {
  if (claim.suggestion === "SUGGESTED") return MARKS.suggested;
  const byVerdict = claim.verdict ? VERDICT_KEY[claim.verdict] : undefined;
  if (byVerdict) return MARKS[byVerdict];
  // A signed-off claim always has a verdict (rules.ts); without one it reads as awaiting, never as "done".
  return MARKS[STATE_KEY[claim.state] ?? "awaiting-signoff"];
}

/** Pure: what a screen reader hears after a highlight's words, e.g. "claim: Money, Signed off, Inaccurate, 1 open high-severity flag". */
export function describeHighlight(
  claim: { state: string; verdict: string | null; suggestion?: string; openFlags?: number; openHighFlags?: number },
  kindLabel: string,
): string {
  if (claim.suggestion === "SUGGESTED") return `suggested claim: ${kindLabel}`;
  const parts = [kindLabel, STATE_LABEL[claim.state] ?? claim.state];
  if (claim.verdict) parts.push(VERDICT_LABEL[claim.verdict] ?? claim.verdict);
  const high = claim.openHighFlags ?? 0;
  const other = (claim.openFlags ?? high) - high;
  if (high > 0) parts.push(`${high} open high-severity flag${high === 1 ? "" : "s"}`);
  if (other > 0) parts.push(`${other} other open flag${other === 1 ? "" : "s"}`);
  return `claim: ${parts.join(", ")}`;
}
