import type { ClaimValue } from "@/lib/claims/types";
import type { ClaimProfile } from "./claim-profile";
import { normalizeWords } from "./claim-profile";
import { bestRelation, type Relation, type ValueRelation } from "./relate-values";
import type { IndexedPassage, Match, Stance } from "./types";

// The full judgement of one candidate passage: how much of the claim's wording it shares (weighted by how rare
// each word is on the desk) and how its values relate to the claim's. Values count only as far as the passage is
// on the claim's topic: "$200 million" in a passage about something else is no near miss of anything.

export interface PassageJudgement {
  score: number;
  match: Match;
  suggestedStance: Stance | null;
  relations: ValueRelation[];
  sharedTerms: string[];
  quoteFound: boolean;
}

const RELATION_SCORE: Record<Relation, number> = { SAME: 1, NEAR_MISS: 0.9, OTHER: 0.15 };
/** A date that only covers the claim's ("2023" for "December 2023") supports it less than the same date. */
const COARSER_DATE = 0.6;
/** Below this share of the claim's weighted words a passage is off topic: its values say nothing about the claim. */
export const MIN_TOPIC = 0.12;
const FULL_TOPIC = 0.3;

export function judgePassage(profile: ClaimProfile, passage: IndexedPassage, passageText: string, coverage: number, sharedTerms: string[]): PassageJudgement {
  const relations: ValueRelation[] = [];
  let weighted = 0;
  let total = 0;
  let primaryNear = false;
  let primarySame = false;
  let secondaryNear = false;
  for (const { value, weight, primary } of profile.values) {
    total += weight;
    const best = bestRelation(value, passage.values);
    if (!best) continue;
    relations.push(best);
    weighted += weight * (best.coarser ? COARSER_DATE : RELATION_SCORE[best.relation]);
    if (best.relation === "NEAR_MISS") primary ? (primaryNear = true) : (secondaryNear = true);
    if (best.relation === "SAME" && primary) primarySame = true;
  }
  const words = profile.quotations.length ? normalizeWords(passageText) : "";
  const found = profile.quotations.filter((q) => words.includes(q));
  const quoteFound = found.some((q) => q.split(" ").length >= 3);
  const topical = Math.min(1, coverage / FULL_TOPIC);
  let score: number;
  if (total > 0) score = 0.55 * coverage + 0.45 * (weighted / total) * topical;
  else score = coverage;
  if (found.length) score = Math.min(1, score + (quoteFound ? 0.3 : 0.15));
  const onTopic = coverage >= MIN_TOPIC;
  // A near miss contradicts only on the claim's own subject, and on what the claim is about: the money of a money
  // claim, or a secondary value (its date) beside the claim's main value stated the same. "March 2022" in a
  // passage that does not state the claim's 1.1 million is no contradiction of "1.1 million in March".
  // (A higher bar of topicality for near misses was tried and dropped: inside one short document, where the claim's
  // framing words are rare, it hid the flood-aid contradiction itself.)
  const anyNear = onTopic && (primaryNear || (secondaryNear && (primarySame || quoteFound)));
  // Support likewise: the claim's main value (or its quotation) stated the same, not only its year.
  const anySame = onTopic && (quoteFound || primarySame);
  const match: Match = anyNear ? "NEAR_MISS" : anySame ? "SAME" : "RELATED";
  return {
    score: Math.round(Math.min(1, score) * 1000) / 1000,
    match,
    suggestedStance: match === "NEAR_MISS" ? "CONTRADICTS" : match === "SAME" ? "SUPPORTS" : null,
    relations,
    sharedTerms,
    quoteFound,
  };
}

const quoted = (value: ClaimValue) => `“${value.text}”`;

/** The reason the desk reads beside the passage, in one sentence. */
export function describeJudgement(judgement: PassageJudgement): string {
  const words = judgement.sharedTerms.slice(0, 5).join(", ");
  const about = words ? ` It shares the key words ${words}.` : "";
  if (judgement.match === "NEAR_MISS") {
    const near = judgement.relations.filter((r) => r.relation === "NEAR_MISS");
    const parts = near.map((r) => `it says ${quoted(r.passage)} where the claim says ${quoted(r.claim)}: ${r.why}`);
    return `A near miss: ${parts.join("; ")}.${about}`;
  }
  if (judgement.match === "SAME") {
    const same = judgement.relations.filter((r) => r.relation === "SAME");
    const parts = same.map((r) => (r.passage.text === r.claim.text ? quoted(r.passage) : `${quoted(r.passage)} (the claim: ${quoted(r.claim)})`));
    if (judgement.quoteFound) parts.unshift("the quotation word for word");
    return `States ${parts.join(" and ")}, as the claim does.${about}`;
  }
  const others = judgement.relations.filter((r) => r.relation === "OTHER").map((r) => quoted(r.passage));
  const values = others.length ? ` It states other values (${others.slice(0, 3).join(", ")}).` : "";
  return `On the claim's subject.${about}${values}`.trim();
}
