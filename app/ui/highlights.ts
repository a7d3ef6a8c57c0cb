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

/**
 * A highlight as the page sends it: a tuple, not an object, since an imported report can carry thousands and
 * every visit carries them all. [id, start, end, kind, state, verdict, suggestion, open flags, open high flags]
 */
export type PackedHighlight = [string, number, number, string, string, string | null, string | null, number, number];

export function packHighlights(claims: readonly HighlightClaim[]): PackedHighlight[] {
  return claims.map((c) => [c.id, c.start, c.end, c.kind, c.state, c.verdict, c.suggestion ?? null, c.openFlags ?? 0, c.openHighFlags ?? 0]);
}

export function unpackHighlights(packed: readonly PackedHighlight[]): HighlightClaim[] {
  return packed.map(([id, start, end, kind, state, verdict, suggestion, openFlags, openHighFlags]) => ({
    id,
    start,
    end,
    kind,
    state,
    verdict,
    ...(suggestion ? { suggestion } : {}),
    ...(openFlags ? { openFlags, openHighFlags } : {}),
  }));
}

// An article view's claim list is shared between requests and never mutated, so its packed highlights are made once
// per list and open-flag state (an imported report's thousands of claims are not packed again on every visit).
const packed = new WeakMap<readonly object[], { flags: string; highlights: PackedHighlight[] }>();

const flagState = (flags: ReadonlyMap<string, { open: number; high: number }>) =>
  [...flags]
    .map(([id, f]) => `${id}:${f.open}:${f.high}`)
    .sort()
    .join(",");

/** The highlights of an article view's claims with their open flags, as a page sends them. */
export function viewHighlights(claims: readonly HighlightClaim[], flags: ReadonlyMap<string, { open: number; high: number }>): PackedHighlight[] {
  const state = flagState(flags);
  const kept = packed.get(claims);
  if (kept?.flags === state) return kept.highlights;
  const highlights = packHighlights(toHighlights(claims, flags));
  packed.set(claims, { flags: state, highlights });
  return highlights;
}
