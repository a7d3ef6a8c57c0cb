// Index keys, so that a new claim is scored only against desk claims that could match it. A claim is stored under
// a few short string keys (one row per (claimId, key)); an article's claims look up the union of their keys in one
// indexed query, and pickCandidates keeps, per claim, the desk claims with enough keys in common.
//
// Why these keys: SAME and CONFLICTING both need a shared kind of value (amount, date, count …) and a shared subject.
// So every subject key carries the dimension ("t|money:USD|f-16"), and a desk claim qualifies with two shared
// subject terms in one dimension (a CONFLICTING value can be anything), or with one shared subject term and a value
// in the same bucket (a SAME value is strong evidence, the subject only has to touch).
import type { ClaimValue } from "@/lib/claims";
import { dateRange, magnitudeOf } from "@/lib/checks/dimensions";
import { intervalOf } from "@/lib/checks/intervals";
import { dimensionKey } from "./compare";
import { WEIGHTS, eventTerm, type ClaimFingerprint, type FingerprintValue } from "./fingerprint";

/**
 * Subject terms per claim that get keys: the heaviest, so a long sentence does not flood the table. A claim is
 * stored under more terms than it looks up, so that the few a new claim looks up are found among a long desk
 * claim's many even when the two would rank their terms differently.
 */
export const MAX_KEY_TERMS = { store: 16, lookup: 12 } as const;
/** Value buckets per decade of magnitude: 16 makes a bucket about 15% wide, wider than any exact tolerance. */
const BUCKETS_PER_DECADE = 16;
/** A hedged value ("more than X") spans a few buckets; more than this and it says too little to index. */
const MAX_VALUE_BUCKETS = 8;

/** The terms a claim is keyed by: quote words and names, and names from its sentence; heaviest first. */
export function keyTerms(fp: ClaimFingerprint, use: KeyUse = "store"): string[] {
  const terms = Object.entries(fp.terms)
    .filter(([, w]) => w >= WEIGHTS.word)
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))
    .map(([t]) => t);
  // Event labels are subject too ("event:approval"), and the same whatever the wording.
  return [...terms.slice(0, MAX_KEY_TERMS[use] - Math.min(2, fp.events.length)), ...fp.events.slice(0, 2).map(eventTerm)];
}

function dimensionsOf(fp: ClaimFingerprint): string[] {
  const dims = new Set<string>();
  for (const v of fp.values) {
    const d = v.kind === "quote" ? "quote" : dimensionKey(v);
    if (d) dims.add(d);
  }
  return [...dims];
}

/** The buckets a value's range covers, as the checks read a stated value (see compare.ts). */
export function valueBuckets(v: FingerprintValue): string[] {
  if (v.kind === "quote") return [];
  const dim = dimensionKey(v);
  if (!dim) return [];
  if (dim === "date") {
    const range = dateRange(v as ClaimValue)!;
    const from = new Date(range.from).getUTCFullYear();
    const to = new Date(range.to).getUTCFullYear();
    const years: string[] = [];
    for (let y = from; y <= to && years.length < 10; y++) years.push(`v|date|${y}`);
    return years;
  }
  const m = magnitudeOf(v as ClaimValue)!;
  if (m === 0) return [`v|${dim}|0`];
  const { lo, hi } = intervalOf(m, v, "source");
  const sign = m < 0 ? "-" : "";
  const bucket = (x: number) => Math.floor(Math.log10(Math.abs(x)) * BUCKETS_PER_DECADE);
  const ends = [bucket(lo || m), bucket(hi || m)].sort((a, b) => a - b);
  if (!Number.isFinite(ends[0]) || !Number.isFinite(ends[1]) || ends[1] - ends[0] >= MAX_VALUE_BUCKETS) return [`v|${dim}|${sign}${bucket(m)}`];
  const keys: string[] = [];
  for (let b = ends[0]; b <= ends[1]; b++) keys.push(`v|${dim}|${sign}${b}`);
  return keys;
}

export type KeyUse = "store" | "lookup";

/**
 * The keys to store for a claim (table rows (claimId, key)), or to look up for a new one: the same recipe both ways
 * (a value's range is spread over the buckets it covers on both sides), with fewer subject terms looked up.
 */
export function matchKeys(fp: ClaimFingerprint, use: KeyUse = "store"): string[] {
  const keys = new Set<string>();
  const terms = keyTerms(fp, use);
  for (const dim of dimensionsOf(fp)) for (const t of terms) keys.add(`t|${dim}|${t}`);
  for (const v of fp.values) for (const k of valueBuckets(v)) keys.add(k);
  return [...keys];
}

export interface CandidateOptions {
  /** claims on the desk: with it, shared keys count by how rare they are (bits), not one each */
  deskSize?: number;
  /** keys held by more desk claims than this say nothing about the subject and are skipped ("t|date|us") */
  maxPostings?: number;
  /** at most this many candidates per claim, those sharing the rarest keys first */
  maxCandidates?: number;
}

export const DEFAULT_MAX_POSTINGS = 10_000;
export const DEFAULT_MAX_CANDIDATES = 60;
/** On any desk, a key held by this many claims or fewer may bring a desk claim in (see pickCandidates). */
const OPENING_POSTINGS = 200;

/** The subject term a key is about ("t|money:USD|f-16" → "f-16"); "" for value keys. */
function termOf(key: string): string {
  return key.startsWith("v|") ? "" : key.slice(key.lastIndexOf("|") + 1);
}

/** Bits of evidence in sharing a key held by `count` of `deskSize` claims: a key on half the desk is worth 1. */
function bits(count: number, deskSize: number | undefined): number {
  return deskSize && deskSize > count ? Math.log2(deskSize / Math.max(1, count)) : 1;
}

/**
 * The desk claims worth scoring against one claim, from the claims found under each of its keys
 * (`postings(key)`: the rows of the one query grouped by key, or the in-memory index). A desk claim qualifies with
 * two shared subject terms, or one and a shared value bucket; the strongest (rarest keys) come first.
 */
export function pickCandidates(keys: string[], postings: (key: string) => readonly string[] | undefined, options: CandidateOptions = {}): string[] {
  const maxPostings = options.maxPostings ?? DEFAULT_MAX_POSTINGS;
  // One entry per desk claim met: distinct subject terms shared, their bits, whether a value bucket is shared.
  const seen = new Map<string, { terms: number; lastTerm: number; bits: number; value: number }>();
  const byTerm = new Map<string, string[]>();
  const valueKeys: string[] = [];
  for (const key of keys) {
    const term = termOf(key);
    if (!term) valueKeys.push(key);
    else byTerm.set(term, [...(byTerm.get(term) ?? []), key]);
  }
  // A key on more than 1% of the desk (a country on a desk that covers it) can add to a desk claim already met
  // through a rarer key, but never brings one in by itself: that keeps the work per claim small on a big desk.
  const opensAt = Math.max(OPENING_POSTINGS, (options.deskSize ?? 0) * 0.01);
  const termOrder = [...byTerm.entries()]
    .map(([term, termKeys]) => ({ term, termKeys, size: Math.max(...termKeys.map((k) => postings(k)?.length ?? 0)) }))
    .sort((a, b) => a.size - b.size);
  let termIndex = 0;
  for (const { termKeys } of termOrder) {
    termIndex++;
    for (const key of termKeys) {
      const ids = postings(key);
      if (!ids || ids.length > maxPostings) continue;
      const worth = bits(ids.length, options.deskSize);
      const opens = ids.length <= opensAt;
      for (const id of ids) {
        const entry = seen.get(id);
        if (!entry) {
          if (opens) seen.set(id, { terms: 1, lastTerm: termIndex, bits: worth, value: 0 });
        } else if (entry.lastTerm !== termIndex) {
          entry.terms++;
          entry.lastTerm = termIndex;
          entry.bits += worth;
        }
      }
    }
  }
  for (const key of valueKeys) {
    const ids = postings(key);
    if (!ids || ids.length > maxPostings) continue;
    const worth = bits(ids.length, options.deskSize);
    for (const id of ids) {
      const entry = seen.get(id);
      if (entry) entry.value = Math.max(entry.value, worth); // a value alone, with no shared term, never qualifies
    }
  }
  const ranked: { id: string; strength: number }[] = [];
  // A claim with a single subject term ("Homicides are down 18%") cannot share two.
  const needTerms = Math.min(2, byTerm.size);
  for (const [id, e] of seen) {
    if (e.terms >= needTerms || (e.value > 0 && e.terms >= 1)) ranked.push({ id, strength: e.bits + e.value });
  }
  ranked.sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : 1));
  return ranked.slice(0, options.maxCandidates ?? DEFAULT_MAX_CANDIDATES).map((r) => r.id);
}

/**
 * How much each subject term is worth on this desk, for matchClaims' termWeight: a term on 0.1% of the desk's
 * claims counts 1, rarer ones up to 1.5, one on 10% of them a third. Read from the same postings as the candidates
 * (so the database needs no other query); below 1,000 claims there are too few to tell, and every term counts 1.
 */
export function rarityWeights(keys: string[], postings: (key: string) => readonly string[] | undefined, deskSize: number): (term: string) => number {
  if (deskSize < 1000) return () => 1;
  const df = new Map<string, number>();
  for (const key of keys) {
    const term = termOf(key);
    if (term) df.set(term, Math.max(df.get(term) ?? 0, postings(key)?.length ?? 0));
  }
  return (term) => {
    const count = df.get(term);
    if (!count) return 1;
    return Math.min(1.5, Math.max(0.2, Math.log(deskSize / count) / Math.log(1000)));
  };
}
