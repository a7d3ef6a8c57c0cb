// The one vocabulary a person reads: how states, verdicts, kinds, stances, flags and roles are said on
// screen, in error messages, filters and every report. Codes (IN_REVIEW, MISLEADING...) stay in the
// API's JSON; anything a person reads goes through these tables.

export const STATE_LABEL: Record<string, string> = {
  UNREVIEWED: "Unreviewed",
  IN_REVIEW: "In review",
  AWAITING_SIGNOFF: "Awaiting sign-off",
  SIGNED_OFF: "Signed off",
};

export const VERDICT_LABEL: Record<string, string> = {
  ACCURATE: "Accurate",
  MOSTLY_ACCURATE: "Mostly accurate",
  MISLEADING: "Misleading",
  INACCURATE: "Inaccurate",
  UNVERIFIABLE: "Unverifiable",
};

export const KIND_LABEL: Record<string, string> = {
  money: "Money",
  number: "Number",
  percent: "Percentage",
  fraction: "Proportion",
  date: "Date",
  duration: "Duration",
  quote: "Quotation",
  event: "Event",
  other: "Other",
};

export const STANCE_LABEL: Record<string, string> = {
  SUPPORTS: "Supports",
  CONTRADICTS: "Contradicts",
  CONTEXT: "Context",
};

/** How a form asks for a stance: the same words wherever a citation is attached or edited. */
export const STANCE_CHOICE: Record<string, string> = {
  SUPPORTS: "Supports the claim",
  CONTRADICTS: "Contradicts the claim",
  CONTEXT: "Context only",
};

export const ANCHOR_LABEL: Record<string, string> = {
  ANCHORED: "Anchored",
  TEXT_CHANGED: "Text changed",
  ORPHANED: "Orphaned",
};

export const FLAG_KIND_LABEL: Record<string, string> = {
  NUMBER_MISMATCH: "Number mismatch",
  DATE_MISMATCH: "Date mismatch",
  NAME_OR_SPELLING: "Name or spelling",
  MISQUOTE: "Misquote",
  ATTRIBUTION: "Attribution",
  INTERNAL_CONTRADICTION: "Internal contradiction",
  UNSUPPORTED: "Unsupported",
  OTHER: "Other",
};

export const SEVERITY_LABEL: Record<string, string> = { HIGH: "High", MEDIUM: "Medium", LOW: "Low" };

export const FLAG_STATUS_LABEL: Record<string, string> = { OPEN: "Open", RESOLVED: "Resolved", DISMISSED: "Dismissed" };

/** How an evidence passage relates to the claim (lib/evidence). */
export const MATCH_LABEL: Record<string, string> = { SAME: "States the same", NEAR_MISS: "Near miss", RELATED: "Related" };

/** A source checked again against its snapshot (link rot). */
export const SOURCE_CHECK_LABEL: Record<string, string> = {
  UNCHANGED: "Unchanged",
  CHANGED: "Changed, cited passages still there",
  PASSAGES_MISSING: "Cited passages gone",
  UNREACHABLE: "Unreachable",
};

export const ROLE_LABEL: Record<string, string> = { REVIEWER: "Reviewer", EDITOR: "Editor", ADMIN: "Admin" };

/** A code's label, or the code itself for a value no table knows (never blank). */
export const labelOf = (table: Record<string, string>, code: string | null | undefined): string => (code ? (table[code] ?? code) : "");

/** "Accurate, Mostly accurate or Misleading": a closed set in words, for an error message. */
export function listLabels(table: Record<string, string>, codes: readonly string[], joiner = "or"): string {
  const words = codes.map((c) => labelOf(table, c));
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} ${joiner} ${words[words.length - 1]}`;
}

/** One flag named the way the desk reads it: "High number mismatch (“$200 billion” against “$200 million”)". */
export function describeFlag(flag: { kind: string; severity: string; articleSays?: string | null; evidenceSays?: string | null }): string {
  const what = `${labelOf(SEVERITY_LABEL, flag.severity)} ${labelOf(FLAG_KIND_LABEL, flag.kind).toLowerCase()}`;
  return flag.articleSays && flag.evidenceSays ? `${what} (“${flag.articleSays}” against ${flag.evidenceSays.startsWith("“") ? flag.evidenceSays : `“${flag.evidenceSays}”`})` : what;
}

// The claims table's filters and sorting, in the same words as the states, verdicts and anchors above.
export const STATE_FILTER_LABEL: Record<string, string> = { ...STATE_LABEL, OPEN: "Not signed off" };
export const VERDICT_FILTER_LABEL: Record<string, string> = { ...VERDICT_LABEL, NONE: "No verdict yet" };
export const ANCHOR_FILTER_LABEL: Record<string, string> = { ...ANCHOR_LABEL, CHANGED: "Changed or orphaned" };
export const SORT_LABEL: Record<string, string> = { updated: "Last changed", article: "Article", quote: "Claim wording", score: "Check-worthiness", assignee: "Assignee" };
