import { splitSentences } from "@/lib/claims/sentences";

// A snapshot's text cut into passages: sentences, never across a paragraph break, with over-long "sentences" (a
// table flattened by a PDF, a list without full stops) cut again at line breaks and then at semicolons. Each
// passage also knows what frames it: the section heading above it and the sentence before it in its paragraph,
// since "It now totals $200 million." names its subject there.

export interface PassageSpan {
  start: number;
  end: number;
  /** The span of the heading the passage sits under, if any. */
  heading: { start: number; end: number } | null;
  /** The previous passage in the same paragraph, if any. */
  previous: { start: number; end: number } | null;
}

const MAX_PASSAGE_CHARS = 600;

/** Trims whitespace off a span's ends; null when nothing but whitespace is left. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

function cutAt(text: string, span: { start: number; end: number }, separator: RegExp): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  let from = span.start;
  const body = text.slice(span.start, span.end);
  for (const match of body.matchAll(separator)) {
    const at = span.start + (match.index ?? 0) + match[0].length;
    const piece = trimmed(text, from, at);
    if (piece) pieces.push(piece);
    from = at;
  }
  const last = trimmed(text, from, span.end);
  if (last) pieces.push(last);
  return pieces;
}

function shortEnough(text: string, span: { start: number; end: number }): Array<{ start: number; end: number }> {
  if (span.end - span.start <= MAX_PASSAGE_CHARS) return [span];
  const lines = cutAt(text, span, /\n/g);
  return lines.flatMap((line) => (line.end - line.start <= MAX_PASSAGE_CHARS ? [line] : cutAt(text, line, /;\s+/g)));
}

/** A short paragraph without a closing full stop reads as a heading ("Flood relief", "2. Funding by sector"). */
function isHeading(paragraph: string): boolean {
  return paragraph.length <= 90 && !/[.!?:;,"”]$/.test(paragraph) && !paragraph.includes("\n");
}

export function splitPassages(text: string): PassageSpan[] {
  const passages: PassageSpan[] = [];
  let heading: PassageSpan["heading"] = null;
  let at = 0;
  for (const block of text.split(/\n\s*\n/)) {
    const blockStart = text.indexOf(block, at);
    at = blockStart + block.length;
    const paragraph = trimmed(text, blockStart, blockStart + block.length);
    if (!paragraph) continue;
    const paragraphText = text.slice(paragraph.start, paragraph.end);
    if (isHeading(paragraphText)) {
      heading = paragraph;
      passages.push({ ...paragraph, heading: null, previous: null });
      continue;
    }
    let previous: PassageSpan["previous"] = null;
    for (const sentence of splitSentences(paragraphText)) {
      const span = trimmed(text, paragraph.start + sentence.start, paragraph.start + sentence.end);
      if (!span) continue;
      for (const piece of shortEnough(text, span)) {
        passages.push({ ...piece, heading, previous });
        previous = piece;
      }
    }
  }
  return passages;
}
