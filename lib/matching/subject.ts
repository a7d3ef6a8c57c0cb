// How far two claims are about the same thing, from their weighted subject terms alone (values are compared apart).
import { COUNTRIES } from "./countries";
import { WEIGHTS, eventTerm, type ClaimFingerprint } from "./fingerprint";

export interface SubjectScore {
  /** 0..1: see subjectSimilarity */
  similarity: number;
  shared: string[];
  /** both quotes name someone or somewhere and share no name ("Memphis" against "Los Angeles"), or name different countries */
  namesClash: boolean;
}

// Only names in the quotes themselves: the sentence around a quote names more than its subject, and a sentence
// opener may be a plain word ("Procured …").
const NAME_WEIGHT = WEIGHTS.name;

interface Prepared {
  terms: Map<string, number>;
  names: string[];
  /** countries named in the quote itself */
  countries: string[];
}

// Fingerprints are plain stored JSON; what matching derives from one is kept beside it while it lives.
const prepared = new WeakMap<ClaimFingerprint, Prepared>();

function prepare(fp: ClaimFingerprint): Prepared {
  let p = prepared.get(fp);
  if (p) return p;
  const terms = new Map<string, number>(Object.entries(fp.terms));
  // Events count as terms: "approval" matches "approved" and "cleared" alike once the detector has read them.
  for (const e of fp.events) terms.set(eventTerm(e), WEIGHTS.word);
  const names = Object.keys(fp.terms).filter((t) => fp.terms[t] >= NAME_WEIGHT);
  const countries = Object.keys(fp.terms).filter((t) => fp.terms[t] >= WEIGHTS.opener && COUNTRIES.has(t));
  p = { terms, names, countries };
  prepared.set(fp, p);
  return p;
}

/**
 * Overlap of the smaller claim with the larger (a short quote inside a long sentence is still the same subject),
 * averaged with a cosine-like overlap over both (so that one shared word of a long sentence is not enough).
 * `weightOf` scales terms by how rare they are on the desk (keys.ts: rarityWeights); 1 when unknown.
 */
export function subjectSimilarity(a: ClaimFingerprint, b: ClaimFingerprint, weightOf?: (term: string) => number): SubjectScore {
  const pa = prepare(a);
  const pb = prepare(b);
  let shared = 0;
  let na = 0;
  let nb = 0;
  const sharedTerms: string[] = [];
  for (const [t, w] of pa.terms) {
    const scale = weightOf ? weightOf(t) : 1;
    na += w * scale;
    const other = pb.terms.get(t);
    if (other === undefined) continue;
    shared += Math.min(w, other) * scale;
    sharedTerms.push(t);
  }
  for (const [t, w] of pb.terms) nb += w * (weightOf ? weightOf(t) : 1);
  if (na === 0 || nb === 0 || shared === 0) return { similarity: 0, shared: [], namesClash: false };
  const overlap = shared / Math.min(na, nb);
  const cosine = shared / Math.sqrt(na * nb);
  const disjoint = (x: string[], y: string[]) => x.length > 0 && y.length > 0 && !x.some((n) => pb.terms.has(n)) && !y.some((n) => pa.terms.has(n));
  const namesClash = disjoint(pa.names, pb.names) || disjoint(pa.countries, pb.countries);
  return {
    similarity: Math.min(1, (overlap + cosine) / 2),
    shared: sharedTerms.sort((x, y) => (pb.terms.get(y) ?? 0) - (pb.terms.get(x) ?? 0)),
    namesClash,
  };
}
