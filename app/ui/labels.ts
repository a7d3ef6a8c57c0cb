// How states, verdicts and kinds read on screen.
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

export function stateClass(state: string): string {
  return `state-${state.toLowerCase().replace(/_/g, "-")}`;
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
}

export function formatDate(iso: string | null): string {
  return iso ? new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" }) : "";
}
