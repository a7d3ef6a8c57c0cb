import { quoteSelector } from "@/lib/claims/selector";
import { profileClaim } from "./claim-profile";
import type { EvidenceIndex, PassageEntry } from "./evidence-index";
import { describeJudgement, judgePassage } from "./score-passage";
import { Shortlist } from "./shortlist";
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

/** Per-passage accumulators, kept between queries (findEvidence is synchronous) and cleared where touched. */
const scratches = new WeakMap<EvidenceIndex, { sums: Float64Array; hits: Uint8Array }>();

function scratchFor(index: EvidenceIndex) {
  let scratch = scratches.get(index);
  if (!scratch || scratch.sums.length < index.entries.length) {
    const size = Math.max(1024, index.entries.length * 2);
    scratch = { sums: new Float64Array(size), hits: new Uint8Array(size) };
    scratches.set(index, scratch);
  }
  return scratch;
}

interface CheapPass {
  termWeights: Map<string, number>;
  weightTotal: number;
  valueKeys: string[];
  shortlist: Shortlist;
}

const coverageOf = (sum: number, weightTotal: number) => (weightTotal > 0 ? Math.min(1, sum / weightTotal) : 0);

/** Desk-wide: only the inverted lists of the claim's words and value keys are read. */
function shortlistFromLists(index: EvidenceIndex, pass: CheapPass): void {
  const { sums, hits } = scratchFor(index);
  const touched: number[] = [];
  for (const [term, w] of pass.termWeights) {
    for (const id of index.passagesWithTerm(term)) {
      if (sums[id] === 0 && hits[id] === 0) touched.push(id);
      sums[id] += w;
    }
    for (const id of index.passagesWithContextTerm(term)) {
      if (sums[id] === 0 && hits[id] === 0) touched.push(id);
      sums[id] += w * CONTEXT_SHARE;
    }
  }
  for (const key of pass.valueKeys) {
    for (const id of index.passagesWithValueKey(key)) {
      if (sums[id] === 0 && hits[id] === 0) touched.push(id);
      hits[id] = 1;
    }
  }
  for (const id of touched) {
    if (index.entries[id]) {
      const coverage = coverageOf(sums[id], pass.weightTotal);
      pass.shortlist.offer(id, coverage, coverage + (hits[id] ? VALUE_HINT : 0));
    }
    sums[id] = 0;
    hits[id] = 0;
  }
}

/** One snapshot: its few hundred passages are read directly, cheaper than walking desk-wide lists. */
function shortlistInSnapshot(index: EvidenceIndex, snapshotId: string, pass: CheapPass): void {
  const keys = new Set(pass.valueKeys);
  for (const id of index.passageIdsOf(snapshotId)) {
    const { passage } = index.entries[id]!;
    let sum = 0;
    for (const term of passage.terms) sum += pass.termWeights.get(term) ?? 0;
    for (const term of passage.contextTerms) sum += (pass.termWeights.get(term) ?? 0) * CONTEXT_SHARE;
    const hit = passage.valueKeys.some((key) => keys.has(key));
    if (sum > 0 || hit) {
      const coverage = coverageOf(sum, pass.weightTotal);
      pass.shortlist.offer(id, coverage, coverage + (hit ? VALUE_HINT : 0));
    }
  }
}

/**
 * The first stage, which needs no snapshot text: the claim's profile and the shortlisted passages (the entries
 * themselves, so a snapshot dropped from the index meanwhile does not change what they point to), with the
 * snapshots whose texts the second stage will read.
 */
export interface EvidencePlan {
  profile: ReturnType<typeof profileClaim>;
  termWeights: Map<string, number>;
  candidates: Array<{ entry: PassageEntry; coverage: number }>;
  snapshotIds: string[];
}

export function planEvidence(index: EvidenceIndex, claim: ClaimQuery, options: FindOptions = {}): EvidencePlan {
  const profile = profileClaim(claim);
  const total = Math.max(1, index.passageCount);
  const termWeights = new Map<string, number>();
  // Rare words on the desk say more than common ones (inverse document frequency over passages).
  for (const [term, weight] of profile.terms) termWeights.set(term, weight * idf(total, Math.min(total, index.passagesWithTerm(term).length)));
  const weightTotal = [...termWeights.values()].sort((a, b) => b - a).slice(0, TELLING_WORDS).reduce((sum, w) => sum + w, 0);
  // The cheap pass: coverage of the claim's weighted words, plus a hint for a matching value key.
  const pass: CheapPass = { termWeights, weightTotal, valueKeys: profile.valueKeys, shortlist: new Shortlist(options.shortlist ?? 300) };
  if (options.snapshotId) shortlistInSnapshot(index, options.snapshotId, pass);
  else shortlistFromLists(index, pass);
  const candidates = pass.shortlist.candidates().map(({ id, coverage }) => ({ entry: index.entries[id]!, coverage }));
  return { profile, termWeights, candidates, snapshotIds: [...new Set(candidates.map((c) => c.entry.snapshotId))] };
}

/**
 * The second stage: each shortlisted passage judged in full against its snapshot's text (`textOf`; a passage
 * whose text is not to be had, its snapshot gone, is left out), ranked and described.
 */
export function judgeEvidence(plan: EvidencePlan, textOf: (snapshotId: string) => string | undefined, options: FindOptions = {}): EvidencePassage[] {
  const { profile, termWeights } = plan;
  const judged = plan.candidates.flatMap(({ entry, coverage }) => {
    const text = textOf(entry.snapshotId);
    if (text === undefined || text.length < entry.passage.end) return [];
    const passageText = text.slice(entry.passage.start, entry.passage.end);
    const shared = entry.passage.terms.filter((t) => termWeights.has(t)).sort((a, b) => termWeights.get(b)! - termWeights.get(a)!);
    return [{ entry, text, passageText, judgement: judgePassage(profile, entry.passage, passageText, coverage, shared) }];
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

/** Both stages, with the texts the index holds (the benchmark and tests; the app supplies texts from its cache). */
export function findEvidence(index: EvidenceIndex, claim: ClaimQuery, options: FindOptions = {}): EvidencePassage[] {
  return judgeEvidence(planEvidence(index, claim, options), (id) => index.text(id), options);
}

/** Shared words as the passage writes them ("provided", not the stem "provid"), for the reason. */
function surfaceWords(passageText: string, stems: string[]): string[] {
  const written = new Map<string, string>();
  for (const { term, start } of termsOf(passageText)) {
    if (!written.has(term)) written.set(term, /^[\p{L}][\p{L}\p{M}'’.-]*/u.exec(passageText.slice(start))?.[0].replace(/['’]s$|\.$/g, "") ?? term);
  }
  return stems.map((s) => written.get(s) ?? s);
}
