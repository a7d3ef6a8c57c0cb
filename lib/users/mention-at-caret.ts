// Pure: the comment box imports it in the browser.

/** The text after an "@" being typed at the caret ("@ri" → "ri"), or null when the caret is not in a mention. */
export function mentionAtCaret(text: string, caret: number): { query: string; start: number } | null {
  const match = /(^|[\s(])@([\p{L}\p{N}._-]{0,30})$/u.exec(text.slice(0, caret));
  return match ? { query: match[2], start: caret - match[2].length - 1 } : null;
}
