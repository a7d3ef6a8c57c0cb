export interface HighlightClaim {
  id: string;
  start: number;
  end: number;
  kind: string;
  state: string;
  verdict: string | null;
  suggestion?: string;
  /** Open high-severity flags, shown at the span. */
  openHighFlags?: number;
}

/** Only what a highlight needs: the page hands the text and these over once (not every span as rendered markup twice). */
export function toHighlights(claims: readonly HighlightClaim[], openFlags?: ReadonlyMap<string, { high: number }>): HighlightClaim[] {
  return claims.map(({ id, start, end, kind, state, verdict, suggestion }) => {
    const flags = openFlags?.get(id)?.high;
    return flags ? { id, start, end, kind, state, verdict, suggestion, openHighFlags: flags } : { id, start, end, kind, state, verdict, suggestion };
  });
}
