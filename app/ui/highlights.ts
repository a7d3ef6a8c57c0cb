export interface HighlightClaim {
  id: string;
  start: number;
  end: number;
  kind: string;
  state: string;
  verdict: string | null;
  suggestion?: string;
}

/** Only what a highlight needs: the page hands the text and these over once (not every span as rendered markup twice). */
export function toHighlights(claims: readonly HighlightClaim[]): HighlightClaim[] {
  return claims.map(({ id, start, end, kind, state, verdict, suggestion }) => ({ id, start, end, kind, state, verdict, suggestion }));
}
