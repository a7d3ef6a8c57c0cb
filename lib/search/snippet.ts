/** A window of a text around the query's words, with the words' offsets inside the window. */
export interface Snippet {
  text: string;
  highlights: Array<[number, number]>;
}

const WINDOW = 160;

/**
 * Built in JavaScript from offsets (not by either database's highlighter) so both databases give
 * the same snippet and the page can render highlights as elements, never as HTML.
 */
export function buildSnippet(text: string, tokens: string[]): Snippet {
  const hits: Array<[number, number]> = [];
  const word = /[\p{L}\p{N}]+/gu;
  const wanted = new Set(tokens);
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (wanted.has(m[0].toLowerCase())) hits.push([m.index, m.index + m[0].length]);
  }
  const first = hits[0]?.[0] ?? 0;
  let start = Math.max(0, first - WINDOW / 3);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + WINDOW);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    end = space > start && hits.every(([, e]) => e <= space || e > end) ? space : end;
  }
  const prefix = start > 0 ? "…" : "";
  const suffix = end < text.length ? "…" : "";
  const body = text.slice(start, end).replace(/\s+/g, " ");
  // Whitespace collapsing shifts offsets; recompute them on the collapsed window.
  const inWindow: Array<[number, number]> = [];
  for (let m = word.exec(body); m; m = word.exec(body)) {
    if (wanted.has(m[0].toLowerCase())) inWindow.push([prefix.length + m.index, prefix.length + m.index + m[0].length]);
  }
  word.lastIndex = 0;
  return { text: prefix + body + suffix, highlights: inWindow };
}
