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

export function findEvidence(index: EvidenceIndex, claim: ClaimQuery, options: FindOptions = {}): EvidencePassage[] {
  const profile = profileClaim(claim);
  const total = Math.max(1, index.passageCount);
  const size = index.entries.length;
  const accumulated = new Float64Array(size);
  const valueHit = new Uint8Array(size);
  const touched: number[] = [];
  let allowed: ((id: number) => boolean) | null = null;
  if (options.snapshotId) {
    const ids = index.passageIdsOf(options.snapshotId);
    if (ids.length === 0) return [];
    const [first, last] = [ids[0], ids[ids.length - 1]];
    allowed = (id) => id >= first && id <= last;
  }
  const touch = (id: number) => {
    if (accumulated[id] === 0 && valueHit[id] === 0) touched.push(id);
  };

  const termWeights = new Map<string, number>();
  for (const [term, weight] of profile.terms) termWeights.set(term, weight * idf(total, index.passagesWithTerm(term).length));
  const weightTotal = [...termWeights.values()].sort((a, b) => b - a).slice(0, TELLING_WORDS).reduce((sum, w) => sum + w, 0);
  for (const [term, w] of termWeights) {
    for (const id of index.passagesWithTerm(term)) {
      if (allowed && !allowed(id)) continue;
      touch(id);
      accumulated[id] += w;
    }
    for (const id of index.passagesWithContextTerm(term)) {
      if (allowed && !allowed(id)) continue;
      touch(id);
      accumulated[id] += w * CONTEXT_SHARE;
    }
  }
  for (const key of profile.valueKeys) {
    for (const id of index.passagesWithValueKey(key)) {
      if (allowed && !allowed(id)) continue;
      touch(id);
      valueHit[id] = 1;
    }
  }

  // The cheap pass: coverage of the claim's weighted words, plus a hint for a matching value key.
  const shortlistSize = options.shortlist ?? 300;
  const candidates: Array<{ id: number; coverage: number; pre: number }> = [];
  for (const id of touched) {
    if (!index.entries[id]) continue;
    const coverage = weightTotal > 0 ? Math.min(1, accumulated[id] / weightTotal) : 0;
    candidates.push({ id, coverage, pre: coverage + (valueHit[id] ? VALUE_HINT : 0) });
  }
  const shortlist = candidates.length > shortlistSize ? topBy(candidates, shortlistSize) : candidates;

  const judged = shortlist.map(({ id, coverage }) => {
    const entry = index.entries[id]!;
    const text = index.text(entry.snapshotId) ?? "";
    const passageText = text.slice(entry.passage.start, entry.passage.end);
    const shared = entry.passage.terms.filter((t) => termWeights.has(t)).sort((a, b) => termWeights.get(b)! - termWeights.get(a)!);
    return { entry, text, passageText, judgement: judgePassage(profile, entry.passage, passageText, coverage, shared) };
  });
  judged.sort((a, b) => b.judgement.score - a.judgement.score || a.entry.passage.start - b.entry.passage.start);

  return judged.slice(0, options.limit ?? 10).map(({ entry, text, passageText, judgement }) => ({
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
