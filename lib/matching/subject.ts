// How far two claims are about the same thing, from their weighted subject terms alone (values are compared apart).
import { WEIGHTS, type ClaimFingerprint } from "./fingerprint";

export interface SubjectScore {
  /** 0..1: shared weight over the smaller claim's weight, tempered by the larger's (see below) */
  similarity: number;
  shared: string[];
  /** both claims name someone or somewhere, and no name is shared: "Memphis" against "Los Angeles" */
  namesClash: boolean;
}

// Only names in the quotes themselves: the sentence around a quote names more than its subject, and a sentence
// opener may be a plain word ("Procured …").
const NAME_WEIGHT = WEIGHTS.name;

function total(terms: Record<string, number>): number {
  let sum = 0;
  for (const w of Object.values(terms)) sum += w;
  return sum;
}

/**
 * Overlap of the smaller claim with the larger (a short quote inside a long sentence is still the same subject),
 * averaged with the cosine-like overlap over both (so that one shared word of a long sentence is not enough).
 * Events count as terms: "approval" matches "approved" and "cleared" alike once the detector has read them.
 */
export function subjectSimilarity(a: ClaimFingerprint, b: ClaimFingerprint, weightOf: (term: string) => number = () => 1): SubjectScore {
  const ta: Record<string, number> = { ...a.terms };
  const tb: Record<string, number> = { ...b.terms };
  for (const e of a.events) ta[`event:${e}`] = WEIGHTS.word;
  for (const e of b.events) tb[`event:${e}`] = WEIGHTS.word;
  const scaled = (terms: Record<string, number>) => {
    const out: Record<string, number> = {};
    for (const [t, w] of Object.entries(terms)) out[t] = w * weightOf(t);
    return out;
  };
  const sa = scaled(ta);
  const sb = scaled(tb);
  let shared = 0;
  const sharedTerms: string[] = [];
  for (const [t, w] of Object.entries(sa)) {
    const other = sb[t];
    if (other === undefined) continue;
    shared += Math.min(w, other);
    sharedTerms.push(t);
  }
  const na = total(sa);
  const nb = total(sb);
  if (na === 0 || nb === 0) return { similarity: 0, shared: [], namesClash: false };
  const overlap = shared / Math.min(na, nb);
  const cosine = shared / Math.sqrt(na * nb);
  const namesOf = (terms: Record<string, number>) => Object.keys(terms).filter((t) => terms[t] >= NAME_WEIGHT && !t.startsWith("event:"));
  const namesA = namesOf(ta);
  const namesB = namesOf(tb);
  const namesClash = namesA.length > 0 && namesB.length > 0 && !namesA.some((n) => n in tb) && !namesB.some((n) => n in ta);
  return { similarity: Math.min(1, (overlap + cosine) / 2), shared: sharedTerms.sort((x, y) => (tb[y] ?? 0) - (tb[x] ?? 0)), namesClash };
}
