import { quoteSelector } from "@/lib/claims/selector";
import { profileClaim } from "./claim-profile";
import type { EvidenceIndex } from "./evidence-index";
import { describeJudgement, judgePassage } from "./score-passage";
import { termsOf } from "./terms";
import type { ClaimQuery, EvidencePassage } from "./types";

// Ranks the passages that bear on a claim, across the desk or one snapshot. Two stages keep it fast on a large
// desk: a cheap pass over the inverted lists of the claim's own words and value keys gives every touched passage
// a share of the claim's weighted words; only the best few hundred are then judged in full (values compared,
// near misses told from the same value) and described.

export interface FindOptions {
  /** Only this snapshot's passages. */
  snapshotId?: string;
  /** Passages returned (default 10). */
  limit?: number;
  /** Passages judged in full after the cheap pass (default 300). */
  shortlist?: number;
  /** Passages scoring below this are noise (one shared common word) and are not returned (default 0.05). */
  minScore?: number;
}

const CONTEXT_SHARE = 0.5;
/**
 * Coverage is measured against the claim's most telling words only: a passage that shares the claim's eight
 * weightiest words is wholly on its subject, however long the claim's framing ("In the wake of …, responded
 * promptly, providing aid in various forms") runs.
 */
const TELLING_WORDS = 8;
/** A passage that states a value the claim's keys point to gets this head start in the cheap pass. */
const VALUE_HINT = 0.25;

function idf(total: number, df: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

interface Candidate {
  id: number;
  coverage: number;
  pre: number;
}

/** Desk-wide: only the inverted lists of the claim's words and value keys are read. */
function candidatesFromLists(index: EvidenceIndex, termWeights: Map<string, number>, valueKeys: string[]): Array<{ id: number; sum: number; hit: boolean }> {
  const accumulated = new Float64Array(index.entries.length);
  const valueHit = new Uint8Array(index.entries.length);
  const touched: number[] = [];
  const add = (id: number, w: number) => {
    if (accumulated[id] === 0 && valueHit[id] === 0) touched.push(id);
    accumulated[id] += w;
  };
  for (const [term, w] of termWeights) {
    for (const id of index.passagesWithTerm(term)) add(id, w);
    for (const id of index.passagesWithContextTerm(term)) add(id, w * CONTEXT_SHARE);
  }
  for (const key of valueKeys) {
    for (const id of index.passagesWithValueKey(key)) {
      if (accumulated[id] === 0 && valueHit[id] === 0) touched.push(id);
      valueHit[id] = 1;
    }
  }
  return touched.filter((id) => index.entries[id]).map((id) => ({ id, sum: accumulated[id], hit: valueHit[id] === 1 }));
}

/** One snapshot: its few hundred passages are read directly, cheaper than walking desk-wide lists. */
function candidatesInSnapshot(index: EvidenceIndex, snapshotId: string, termWeights: Map<string, number>, valueKeys: string[]) {
  const keys = new Set(valueKeys);
  const out: Array<{ id: number; sum: number; hit: boolean }> = [];
  for (const id of index.passageIdsOf(snapshotId)) {
    const { passage } = index.entries[id]!;
    let sum = 0;
    for (const term of passage.terms) sum += termWeights.get(term) ?? 0;
    for (const term of passage.contextTerms) sum += (termWeights.get(term) ?? 0) * CONTEXT_SHARE;
    const hit = passage.valueKeys.some((key) => keys.has(key));
    if (sum > 0 || hit) out.push({ id, sum, hit });
  }
  return out;
}

export function findEvidence(index: EvidenceIndex, claim: ClaimQuery, options: FindOptions = {}): EvidencePassage[] {
  const profile = profileClaim(claim);
  const total = Math.max(1, index.passageCount);
  const termWeights = new Map<string, number>();
  // Rare words on the desk say more than common ones (inverse document frequency over passages).
  for (const [term, weight] of profile.terms) termWeights.set(term, weight * idf(total, Math.min(total, index.passagesWithTerm(term).length)));
  const weightTotal = [...termWeights.values()].sort((a, b) => b - a).slice(0, TELLING_WORDS).reduce((sum, w) => sum + w, 0);
  const touched = options.snapshotId
    ? candidatesInSnapshot(index, options.snapshotId, termWeights, profile.valueKeys)
    : candidatesFromLists(index, termWeights, profile.valueKeys);

  // The cheap pass: coverage of the claim's weighted words, plus a hint for a matching value key.
  const shortlistSize = options.shortlist ?? 300;
  const candidates: Candidate[] = touched.map(({ id, sum, hit }) => {
    const coverage = weightTotal > 0 ? Math.min(1, sum / weightTotal) : 0;
    return { id, coverage, pre: coverage + (hit ? VALUE_HINT : 0) };
  });
  const shortlist = candidates.length > shortlistSize ? topBy(candidates, shortlistSize) : candidates;

  const judged = shortlist.map(({ id, coverage }) => {
    const entry = index.entries[id]!;
    const text = index.text(entry.snapshotId) ?? "";
    const passageText = text.slice(entry.passage.start, entry.passage.end);
    const shared = entry.passage.terms.filter((t) => termWeights.has(t)).sort((a, b) => termWeights.get(b)! - termWeights.get(a)!);
    return { entry, text, passageText, judgement: judgePassage(profile, entry.passage, passageText, coverage, shared) };
  });
  judged.sort((a, b) => b.judgement.score - a.judgement.score || a.entry.snapshotId.localeCompare(b.entry.snapshotId) || a.entry.passage.start - b.entry.passage.start);

  const minScore = options.minScore ?? 0.05;
  return judged.filter(({ judgement }) => judgement.score >= minScore).slice(0, options.limit ?? 10).map(({ entry, text, passageText, judgement }) => ({
    snapshotId: entry.snapshotId,
    sourceId: entry.sourceId,
    start: entry.passage.start,
    end: entry.passage.end,
    ...quoteSelector(text, entry.passage.start, entry.passage.end),
    score: judgement.score,
    values: entry.passage.values,
    match: judgement.match,
    suggestedStance: judgement.suggestedStance,
    reason: describeJudgement({ ...judgement, sharedTerms: surfaceWords(passageText, judgement.sharedTerms) }),
  }));
}

/** Shared words as the passage writes them ("provided", not the stem "provid"), for the reason. */
function surfaceWords(passageText: string, stems: string[]): string[] {
  const written = new Map<string, string>();
  for (const { term, start } of termsOf(passageText)) {
    if (!written.has(term)) written.set(term, /^[\p{L}][\p{L}\p{M}'’.-]*/u.exec(passageText.slice(start))?.[0].replace(/['’]s$|\.$/g, "") ?? term);
  }
  return stems.map((s) => written.get(s) ?? s);
}

/** The k candidates with the highest cheap score, without sorting them all (a min-heap of size k). */
function topBy<T extends { pre: number }>(items: T[], k: number): T[] {
  const heap: T[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l].pre < heap[m].pre) m = l;
      if (r < heap.length && heap[r].pre < heap[m].pre) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p].pre <= heap[i].pre) return;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      up(heap.length - 1);
    } else if (item.pre > heap[0].pre) {
      heap[0] = item;
      down(0);
    }
  }
  return heap;
}
