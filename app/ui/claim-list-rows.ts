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
}

export function toClaimListRows(claims: readonly ClaimJson[]): ClaimListRow[] {
  return claims.map((c) => ({
    id: c.id,
    kind: c.kind,
    state: c.state,
    verdict: c.verdict,
    anchor: c.anchor,
    suggested: c.suggestion === "SUGGESTED",
    quote: c.quote,
    values: c.values.slice(0, 3).map(describeValue).join(" · "),
  }));
}
