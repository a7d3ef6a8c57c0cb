// Key words for matching a claim with passages: lower-cased, lightly stemmed ("floods", "flooded", "flooding" are
// one word), without function words, and without the words the value comparison already covers (numbers, scale
// words, months). A word written with a capital inside a sentence, or an acronym, is a name and weighs more.

const STOPWORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both but by can " +
    "could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i " +
    "if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should " +
    "so some such than that the their theirs them then there these they this those through to too under until up very was we were what " +
    "when where which while who whom why will with would you your yours its it's which whose per via upon among amid within without " +
    "said says say according told new one two three four five six seven eight nine ten hundred thousand million billion trillion " +
    "percent per cent dollars dollar us$ usd year years month months week weeks day days today yesterday last next since total " +
    "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
    "mr mrs ms dr including include includes included like well even still however although though yet already almost nearly around"
  ).split(/\s+/),
);

/** A light suffix stemmer: plurals and the commonest verb endings, enough to match the same word across texts. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 4 && w.endsWith("sses")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ed") && !w.endsWith("eed")) return w.slice(0, -2);
  return w;
}

export interface Term {
  term: string;
  name: boolean;
  start: number;
}

const WORD = /[\p{L}][\p{L}\p{M}'’.-]*[\p{L}]|[\p{L}]/gu;

export function termsOf(text: string): Term[] {
  const out: Term[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0].replace(/['’]s$/i, "").replace(/\.$/, "");
    const lower = raw.toLowerCase().replace(/['’.]/g, "");
    if (lower.length < 2 || STOPWORDS.has(lower)) continue;
    const start = match.index ?? 0;
    // A capital after a sentence's end is grammar, not a name.
    const before = text.slice(Math.max(0, start - 3), start);
    const sentenceStart = start === 0 || /[.!?:]\s*$|\n\s*$/.test(before);
    const acronym = /^[A-Z]{2,}$/.test(raw.replace(/[.-]/g, ""));
    // "U.S." and "US" are the United States; a lower-case "us" is a pronoun.
    if (lower === "us") {
      if (acronym) out.push({ term: stem("united"), name: true, start }, { term: stem("states"), name: true, start });
      continue;
    }
    const name = acronym || (/^\p{Lu}/u.test(raw) && !sentenceStart);
    for (const part of lower.split("-")) {
      // "U.S.-Pakistan": the first part is the United States too.
      if (part === "us") {
        if (/^U\.?S\b/.test(raw)) out.push({ term: stem("united"), name: true, start }, { term: stem("states"), name: true, start });
        continue;
      }
      if (part.length >= 2 && !STOPWORDS.has(part)) out.push({ term: stem(part), name, start });
    }
  }
  return out;
}

export function uniqueTerms(text: string): string[] {
  return [...new Set(termsOf(text).map((t) => t.term))];
}
