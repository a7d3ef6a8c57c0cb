import type { ClaimJson } from "@/lib/review/claim-json";
import { describeValue } from "@/lib/review/stored-values";

/** A claim as the article's list shows it: its values already worded, nothing else of the record. */
export interface ClaimListRow {
  id: string;
  kind: string;
  state: string;
  verdict: string | null;
  anchor: string;
  suggested: boolean;
  quote: string;
  values: string;
  /** Open flags, and how many of them are high-severity. */
  openFlags: number;
  highFlags: number;
  /** Assigned to the person looking. */
  mine: boolean;
}

export function toClaimListRows(
  claims: readonly ClaimJson[],
  { flags, me }: { flags?: ReadonlyMap<string, { open: number; high: number }>; me?: string } = {},
): ClaimListRow[] {
  return claims.map((c) => ({
    id: c.id,
    kind: c.kind,
    state: c.state,
    verdict: c.verdict,
    anchor: c.anchor,
    suggested: c.suggestion === "SUGGESTED",
    quote: c.quote,
    values: c.values.slice(0, 3).map(describeValue).join(" · "),
    openFlags: flags?.get(c.id)?.open ?? 0,
    highFlags: flags?.get(c.id)?.high ?? 0,
    mine: me !== undefined && c.assignee?.email === me,
  }));
}

/** The article's claim-list filters; "" means any. */
export interface ClaimListFilter {
  kind: string;
  /** A state code, or "SUGGESTED" for detected claims nobody accepted yet. */
  state: string;
  flagged: boolean;
  mine: boolean;
}

export const NO_FILTER: ClaimListFilter = { kind: "", state: "", flagged: false, mine: false };

/** Pure: the rows a filter keeps, in reading order. A suggestion only matches "Suggested", never its nominal state. */
export function filterClaimRows(rows: readonly ClaimListRow[], filter: ClaimListFilter): ClaimListRow[] {
  return rows.filter(
    (row) =>
      (!filter.kind || row.kind === filter.kind) &&
      (!filter.state || (filter.state === "SUGGESTED" ? row.suggested : !row.suggested && row.state === filter.state)) &&
      (!filter.flagged || row.openFlags > 0) &&
      (!filter.mine || row.mine),
  );
}
