// A claim's fingerprint: what it is about (weighted subject terms) and what it states (its comparable values), as
// plain JSON a database can keep beside the claim. Built once when the claim is made; matching reads only this.
import { splitSentences, type ClaimKind, type ClaimValue } from "@/lib/claims";
import { dimensionOf } from "@/lib/checks/dimensions";
import { termsOf } from "./terms";

/** A value as the checks compare it, without its offsets, with the words that say what it measures. */
export type FingerprintValue = Pick<ClaimValue, "kind" | "value" | "unit" | "bound" | "qualifier" | "text" | "relative"> & {
  /** key words right after the value in its clause: what it counts ("$450 million package", "8.6 million health screenings") */
  after?: string[];
  /** key words before it ("flood recovery efforts, which now amount to $200 billion") */
  before?: string[];
};

export interface ClaimFingerprint {
  /** bump when the recipe changes, so stored fingerprints can be rebuilt */
  v: 1;
  kind: ClaimKind;
  /** money, proportions, counts, durations and dates (the values the checks compare), and quotations */
  values: FingerprintValue[];
  /** subject term → weight (names weigh more than words, the quote more than the sentence around it) */
  terms: Record<string, number>;
  /** detector event labels ("approval", "killing"): part of the subject whatever the wording */
  events: string[];
}

/** What the detector gives for a claim, plus the sentence it sits in (see sentenceAround). */
export interface MatchInput {
  quote: string;
  kind: ClaimKind;
  values: ClaimValue[];
  /** the sentence(s) around the quote; the quote alone when absent */
  context?: string;
}

export const FINGERPRINT_VERSION = 1;

/** An event label as a subject term: "agreement signed" → "event:agreement_signed" (one token, as keys need). */
export function eventTerm(label: string): string {
  return `event:${label.replace(/\s+/g, "_")}`;
}

// Why these weights: a name ("Memphis", "F-16", "CJNG") pins a subject down far more than a word ("package");
// the quote is the claim itself, the rest of the sentence is likelier to be framing.
export const WEIGHTS = { name: 3, opener: 2, word: 1, weak: 0.3, contextFactor: 0.5 } as const;

/** The sentence(s) of `body` that hold body.slice(start, end): the claim's subject often sits outside its quote. */
export function sentenceAround(body: string, start: number, end: number): string {
  const from = Math.max(0, start - 600);
  const to = Math.min(body.length, end + 600);
  const local = body.slice(from, to);
  return splitSentences(local)
    .filter((s) => from + s.start < end && from + s.end > start)
    .map((s) => s.text)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The sentence around a quote often holds other claims ("job losers rose by 172,000, and reentrants fell by
 * 182,000"): a clause with a figure of its own is another claim's subject, not ours, so it is left out.
 */
function withoutOtherFigures(outside: string): string {
  return outside
    .split(/[,;:–—]|\s(?:and|while|but|whereas)\s/)
    .filter((clause) => !/[\d$€£¥%]/.test(clause))
    .join(" , ");
}

/** "Qatar 2022", "the 2010 Times Square bomb": a bare four-digit number of a plausible year is read as that year. */
function asYear(v: ClaimValue): ClaimValue {
  if (v.kind !== "number" || typeof v.value !== "number" || !/^\d{4}$/.test(v.text.trim())) return v;
  if (v.value < 1800 || v.value > 2100 || v.bound) return v;
  return { ...v, kind: "date", value: String(v.value), unit: "year" };
}

/** Key words kept on each side of a value. */
const NEAR_WORDS = 4;

// A parenthesis does not end the clause: it often names what was just said ("Indian Subcontinent (AQIS) leaders").
const CLAUSE_END = /[;:\[\]—–]|,\s|\d|\s(?:and|while|but|which|who|whereas)\s/;

/**
 * What a value measures, as the checks' internal contradictions read it: the key words that follow it in its
 * clause ("$450 million package for the sustainment of …"), and those before it ("flood recovery efforts, which
 * now amount to more than $200 billion"), a few each. Another figure ends the clause: its words are its own.
 */
function nearWords(sentence: string, quoteAt: number, text: string, mask: string[]): { after: string[]; before: string[] } {
  let at = sentence.indexOf(text, quoteAt);
  if (at < 0) at = sentence.indexOf(text);
  if (at < 0) return { after: [], before: [] };
  const after = sentence.slice(at + text.length, at + text.length + 80);
  const cutAfter = after.search(CLAUSE_END);
  const before = sentence.slice(Math.max(0, at - 80), at);
  const reversed = [...before].reverse().join("");
  // Before a value, a comma does not end the clause: "flood recovery efforts, which now amount to $200 billion".
  const cutBefore = reversed.search(/[;:\[\]—–]|\d/);
  const beforeClause = cutBefore < 0 ? before : before.slice(before.length - cutBefore);
  const pick = (piece: string, from: "start" | "end") => {
    // Word by word, to keep the text's order: the nearest are the first after a value and the last before it.
    const words: string[] = [];
    for (const token of piece.match(/[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu) ?? []) {
      const t = termsOf(token, mask);
      // "us" is who gives or says, on a U.S. desk nearly always; it never tells what a figure counts.
      words.push(...[...t.names, ...t.openers, ...t.words].filter((w) => w !== "us"));
    }
    return from === "start" ? words.slice(0, NEAR_WORDS) : words.slice(-NEAR_WORDS);
  };
  return { after: pick(cutAfter < 0 ? after : after.slice(0, cutAfter), "start"), before: pick(beforeClause, "end") };
}

function addTerms(into: Record<string, number>, text: string, mask: string[], factor: number) {
  const t = termsOf(text, mask);
  const put = (term: string, weight: number) => {
    into[term] = Math.max(into[term] ?? 0, Math.round(weight * factor * 100) / 100);
  };
  for (const n of t.names) put(n, WEIGHTS.name);
  for (const o of t.openers) put(o, WEIGHTS.opener);
  for (const w of t.words) put(w, WEIGHTS.word);
  for (const w of t.weak) put(w, WEIGHTS.weak);
}

export function fingerprintClaim(claim: MatchInput): ClaimFingerprint {
  // The values' own words never count as subject: "$450 million" is what is compared, not what it is about. Events
  // and quotations are words of the subject ("awarded the hosting rights") and stay.
  const mask = claim.values.filter((v) => dimensionOf(v) !== null && v.kind !== "event").map((v) => v.text);
  const terms: Record<string, number> = {};
  addTerms(terms, claim.quote, mask, 1);
  const context = claim.context ?? "";
  if (context && context !== claim.quote) {
    const outside = context.includes(claim.quote) ? context.split(claim.quote).join(" … ") : context;
    const fromContext: Record<string, number> = {};
    addTerms(fromContext, withoutOtherFigures(outside), mask, WEIGHTS.contextFactor);
    for (const [term, weight] of Object.entries(fromContext)) if (!(term in terms)) terms[term] = weight;
  }
  const sentence = context.includes(claim.quote) ? context : claim.quote;
  const quoteAt = Math.max(0, sentence.indexOf(claim.quote));
  const values: FingerprintValue[] = claim.values
    .filter((v) => dimensionOf(v) !== null || v.kind === "quote")
    .map(asYear)
    .map(({ kind, value, unit, bound, qualifier, text, relative }) => {
      const v: FingerprintValue = { kind, value, text };
      if (unit !== undefined) v.unit = unit;
      if (bound !== undefined) v.bound = bound;
      if (qualifier !== undefined) v.qualifier = qualifier;
      if (relative) v.relative = true;
      if (kind !== "quote") {
        const { after, before } = nearWords(sentence, quoteAt, text, mask);
        if (after.length > 0) v.after = after;
        if (before.length > 0) v.before = before;
      }
      return v;
    });
  const events = [...new Set(claim.values.filter((v) => v.kind === "event").map((v) => String(v.value)))];
  return { v: FINGERPRINT_VERSION, kind: claim.kind, values, terms, events };
}
