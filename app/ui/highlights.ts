export interface HighlightClaim {
  id: string;
  start: number;
  end: number;
  kind: string;
  state: string;
  verdict: string | null;
  suggestion?: string;
  /** Open flags, and how many are high-severity: shown at the span. */
  openFlags?: number;
  openHighFlags?: number;
}

/** Only what a highlight needs: the page hands the text and these over once (not every span as rendered markup twice). */
export function toHighlights(claims: readonly HighlightClaim[], openFlags?: ReadonlyMap<string, { open: number; high: number }>): HighlightClaim[] {
  return claims.map(({ id, start, end, kind, state, verdict, suggestion }) => {
    const flags = openFlags?.get(id);
    return flags ? { id, start, end, kind, state, verdict, suggestion, openFlags: flags.open, openHighFlags: flags.high } : { id, start, end, kind, state, verdict, suggestion };
  });
}
