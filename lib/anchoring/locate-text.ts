/**
 * Where a person's chosen words sit in the body: the selection's own offsets when they still
 * match, else the one place the exact words appear. Several places means the person must select.
 */
export type Located = { ok: true; start: number; end: number } | { ok: false; message: string };

export function locateText(body: string, text: string, hint?: { start?: number; end?: number }): Located {
  if (!text.trim()) return { ok: false, message: "Select or type the words of the claim." };
  if (hint?.start !== undefined && hint.end !== undefined && body.slice(hint.start, hint.end) === text) return { ok: true, start: hint.start, end: hint.end };
  const first = body.indexOf(text);
  if (first === -1) return { ok: false, message: "These exact words are not in the article." };
  if (body.indexOf(text, first + 1) !== -1) return { ok: false, message: "These words appear more than once: select the one you mean in the text." };
  return { ok: true, start: first, end: first + text.length };
}
