// W3C Web Annotation TextQuoteSelector: the quote plus a little context on each side, so a claim can be found
// again after the article text is revised.

/** Characters of context kept on each side of a quote. */
export const MAX_PREFIX = 32;
export const MAX_SUFFIX = 32;

export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function quoteSelector(text: string, start: number, end: number): QuoteSelector {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let p = Math.max(0, s - MAX_PREFIX);
  // Never cut an astral character (emoji, rare scripts) in half: a lone surrogate would not round-trip through JSON.
  if (p > 0 && isLowSurrogate(text.charCodeAt(p))) p -= 1;
  let q = Math.min(text.length, e + MAX_SUFFIX);
  if (q < text.length && isHighSurrogate(text.charCodeAt(q - 1))) q += 1;
  return { quote: text.slice(s, e), prefix: text.slice(p, s), suffix: text.slice(e, q) };
}
