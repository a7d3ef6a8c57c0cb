import { splitSentences } from "@/lib/claims/sentences";

/**
 * The whole sentence (or sentences) of `body` holding the span [start, end), with the span's place
 * inside it. Only the claim's paragraph is split, so a long article costs no more than a short one.
 */
export function sentenceAround(body: string, start: number, end: number): { text: string; quoteStart: number; quoteEnd: number } {
  const from = body.lastIndexOf("\n", Math.max(0, start - 1)) + 1;
  const newline = body.indexOf("\n", end);
  const to = newline < 0 ? body.length : newline;
  const sentences = splitSentences(body.slice(from, to)).filter((s) => s.start < end - from && s.end > start - from);
  if (sentences.length === 0) return { text: body.slice(start, end), quoteStart: 0, quoteEnd: end - start };
  const first = from + Math.min(sentences[0].start, start - from);
  const last = from + Math.max(sentences[sentences.length - 1].end, end - from);
  return { text: body.slice(first, last), quoteStart: start - first, quoteEnd: end - first };
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}$%]+/gu) ?? [];

/** Looks like a whole sentence of its own: a capital first and a full stop last, and not much shorter than the original. */
const isWholeSentence = (correction: string, sentence: string) =>
  /^[“"‘']?\p{Lu}/u.test(correction) && /[.!?][”"’']?$/.test(correction) && correction.length >= sentence.length * 0.6;

/**
 * The original sentence with the suggested correction in place. A correction is usually the corrected
 * words of the claim ("which now amounts to more than $200 million."): it goes where its first words
 * already stand in the sentence, else in place of the claim's span. A correction that is a whole sentence
 * is taken as written.
 */
export function correctSentence(sentence: { text: string; quoteStart: number; quoteEnd: number }, correction: string): string {
  const fix = correction.replace(/\s+/g, " ").trim();
  if (isWholeSentence(fix, sentence.text)) return fix;
  let at = sentence.quoteStart;
  const lead = words(fix).slice(0, 3);
  if (lead.length >= 2) {
    const lower = sentence.text.toLowerCase();
    const pattern = new RegExp(lead.map((w) => w.replace(/[$%]/g, "\\$&")).join("[^\\p{L}\\p{N}$%]+"), "u");
    const found = pattern.exec(lower.slice(sentence.quoteStart, sentence.quoteEnd));
    if (found) at = sentence.quoteStart + found.index;
  }
  let tail = sentence.text.slice(sentence.quoteEnd);
  // "… $200 million." followed by the sentence's own "." would end it twice.
  if (/[.!?]$/.test(fix)) tail = tail.replace(/^[.!?]/, "");
  return `${sentence.text.slice(0, at)}${fix}${tail}`;
}
