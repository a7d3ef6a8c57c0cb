// Repeated claims: is a desk claim the same statement as ours (SAME), the same subject with another value or date
// (CONFLICTING), or something else (left out)? Values are compared with the checks' tolerance (compare.ts); the
// subject from weighted terms (subject.ts). The thresholds were set on tests/fixtures/matching/tuning.json only.
import type { ClaimKind } from "@/lib/claims";
import type { ClaimFingerprint } from "./fingerprint";
import { compareClaimValues, type DimensionVerdict } from "./compare";
import { subjectSimilarity } from "./subject";

export type MatchRelation = "SAME" | "CONFLICTING";

export interface ClaimMatch {
  claimId: string;
  relation: MatchRelation;
  /** 0..1, best first */
  score: number;
  /** one line for the desk: which values agree or differ, and the shared subject words */
  reason: string;
}

export interface MatchCandidate {
  id: string;
  fingerprint: ClaimFingerprint;
}

export interface MatchOptions {
  /** how much a term is worth on this desk (rarer terms more); 1 for every term when absent */
  termWeight?: (term: string) => number;
  /** drop matches scoring below this */
  minScore?: number;
}

// A same value is strong evidence on its own, so a moderate subject overlap makes it SAME; a different value is
// no evidence of a shared subject at all, so CONFLICTING needs the subject to be clearly the same.
export const SAME_SUBJECT = 0.35;
export const CONFLICT_SUBJECT = 0.4;
/** A subject this close needs no words around the figures to confirm a conflict. */
export const SURE_SUBJECT = 0.6;
/** SAME_SUBJECT once several values agree (see sameSubjectNeeded): below this, nothing is SAME. */
export const SAME_SUBJECT_FLOOR = 0.15;

export interface PairVerdict {
  relation: MatchRelation | "NONE";
  score: number;
  reason: string;
  verdicts: DimensionVerdict[];
  similarity: number;
}

const DIMENSION_WORDS: Record<string, string> = { money: "amount", proportion: "share", count: "number", duration: "duration", date: "date", quote: "quotation" };

/** The relation of one pair, with what it rests on (exported for the quality report and tests). */
export function relate(ours: ClaimFingerprint, theirs: ClaimFingerprint, options: MatchOptions = {}): PairVerdict {
  // The subject first: it is cheaper, and on a desk most candidates stop here.
  const subject = subjectSimilarity(ours, theirs, options.termWeight);
  // Different places or people named on both sides: another subject, however alike the wording.
  const similarity = subject.namesClash ? subject.similarity * 0.5 : subject.similarity;
  if (similarity < Math.min(SAME_SUBJECT_FLOOR, CONFLICT_SUBJECT)) {
    return { relation: "NONE", score: 0, reason: "another subject", verdicts: [], similarity };
  }
  const verdicts = compareClaimValues(ours.values, theirs.values);
  const none = (reason: string): PairVerdict => ({ relation: "NONE", score: 0, reason, verdicts, similarity });
  if (verdicts.length === 0) return none("no value of the same kind to compare");
  const about = subject.shared.filter((t) => !t.startsWith("event:")).slice(0, 4).join(", ");
  const disagree = verdicts.filter((v) => !v.agree);
  if (disagree.length === 0) {
    // Figures agreeing by chance do not outweigh names that say another subject.
    const needed = subject.namesClash ? SAME_SUBJECT : sameSubjectNeeded(verdicts);
    if (similarity < needed) return none("same values, another subject");
    const what = verdicts.map((v) => DIMENSION_WORDS[v.dimension]).join(" and ");
    // Ranked by subject, then by how much the agreeing values say: "September 2022" beats "2022".
    const evidence = verdicts.reduce((sum, v) => sum + v.evidence, 0);
    const score = 0.75 * similarity + 0.25 * Math.min(1, evidence / 2);
    return { relation: "SAME", score: round(score), reason: `Same ${what}; about ${about}`, verdicts, similarity };
  }
  if (similarity < CONFLICT_SUBJECT) return none("different values, another subject");
  // A different value makes a conflict only when it is what both claims are about, or when their other values
  // agree: "$482 billion" against "$580 billion" for the same programme, or the same $450 million package in
  // another year. Two claims on one subject that only mention different years in passing are two facts.
  const agreeing = verdicts.some((v) => v.agree);
  const central = disagree.filter((v) => isCentral(ours, v.dimension) && isCentral(theirs, v.dimension));
  if (!agreeing && central.length === 0) return none("different values, each beside the claim's main figure");
  // And the two figures must measure one thing, as the checks' internal contradictions ask: the words around
  // them meet ("$10 million for the Mekong" is not "$4 million for cyber training", however alike the sentences),
  // or, when one side has no such words, the subjects are clearly one; a date differs on one shared event.
  const sharedEvent = ours.events.some((e) => theirs.events.includes(e));
  const measured = disagree.filter(
    (v) => v.quantity === "same" || (v.quantity === "unknown" && similarity >= SURE_SUBJECT) || (v.dimension === "date" && sharedEvent),
  );
  if (measured.length === 0) return none("different values of different things");
  const first = measured.find((v) => central.includes(v)) ?? measured[0];
  return {
    relation: "CONFLICTING",
    score: round(similarity),
    reason: `Different ${DIMENSION_WORDS[first.dimension]}: “${first.ours}” here, “${first.theirs}” there; about ${about}`,
    verdicts,
    similarity,
  };
}

const MAIN_DIMENSION: Partial<Record<ClaimKind, string>> = {
  money: "money", percent: "proportion", fraction: "proportion", number: "count", duration: "duration", date: "date",
};

/** Whether a dimension is the claim's own figure (its kind); a quotation or an event claim has none, so any is. */
function isCentral(fp: ClaimFingerprint, dimension: string): boolean {
  const main = MAIN_DIMENSION[fp.kind];
  return !main || main === dimension;
}

/**
 * One agreeing figure needs SAME_SUBJECT; each further telling value ("29 days", "64 matches", "eight venues")
 * lowers the bar, since several figures agreeing by chance on another subject is unlikely.
 */
export function sameSubjectNeeded(verdicts: DimensionVerdict[]): number {
  const evidence = verdicts.reduce((sum, v) => sum + v.evidence, 0);
  if (evidence <= 1) return SAME_SUBJECT;
  return Math.max(SAME_SUBJECT_FLOOR, SAME_SUBJECT * 0.6 ** (evidence - 1));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The desk claims that repeat or contradict ours, best first; claims that are neither are left out. */
export function matchClaims(claim: ClaimFingerprint, candidates: MatchCandidate[], options: MatchOptions = {}): ClaimMatch[] {
  const matches: ClaimMatch[] = [];
  for (const candidate of candidates) {
    const verdict = relate(claim, candidate.fingerprint, options);
    if (verdict.relation === "NONE" || verdict.score < (options.minScore ?? 0)) continue;
    matches.push({ claimId: candidate.id, relation: verdict.relation, score: verdict.score, reason: verdict.reason });
  }
  return matches.sort((x, y) => y.score - x.score || x.claimId.localeCompare(y.claimId));
}
