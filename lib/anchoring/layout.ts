/**
 * Lays an article body out for reading: paragraphs (runs of text between line breaks) cut into
 * pieces at claim boundaries, offsets kept exact so every highlight sits on its span.
 */
export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Piece {
  start: number;
  end: number;
  text: string;
  /** The claim highlighted here, if any. */
  claimId?: string;
  /** The first piece of a claim carries its focusable link; a claim cut by a paragraph break continues plainly. */
  first?: boolean;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  pieces: Piece[];
}

/** Claims that can be highlighted together: overlapping ones after the first are left out (listed in the panel). */
export function pickNonOverlapping<T extends Span>(spans: readonly T[]): { placed: T[]; overlapping: T[] } {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const placed: T[] = [];
  const overlapping: T[] = [];
  let reach = -1;
  for (const span of sorted) {
    if (span.end <= span.start) continue;
    if (span.start >= reach) {
      placed.push(span);
      reach = span.end;
    } else overlapping.push(span);
  }
  return { placed, overlapping };
}

export function paragraphRanges(body: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    if (match[0].trim()) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/** The 1-based paragraph that holds an offset (0 when the offset is in blank space between paragraphs). */
export function paragraphNumberAt(body: string, offset: number): number {
  const ranges = paragraphRanges(body);
  const index = ranges.findIndex((r) => offset >= r.start && offset < r.end);
  return index + 1;
}

export function layoutArticle(body: string, spans: readonly Span[]): Paragraph[] {
  const { placed } = pickNonOverlapping(spans);
  const seen = new Set<string>();
  let next = 0;
  return paragraphRanges(body).map((range, index) => {
    const pieces: Piece[] = [];
    let cursor = range.start;
    while (next < placed.length && placed[next].end <= range.start) next += 1;
    for (let i = next; i < placed.length && placed[i].start < range.end; i += 1) {
      const span = placed[i];
      const from = Math.max(span.start, range.start);
      const to = Math.min(span.end, range.end);
      if (from > cursor) pieces.push({ start: cursor, end: from, text: body.slice(cursor, from) });
      pieces.push({ start: from, end: to, text: body.slice(from, to), claimId: span.id, first: !seen.has(span.id) });
      seen.add(span.id);
      cursor = to;
    }
    if (cursor < range.end) pieces.push({ start: cursor, end: range.end, text: body.slice(cursor, range.end) });
    return { index: index + 1, start: range.start, end: range.end, pieces };
  });
}
