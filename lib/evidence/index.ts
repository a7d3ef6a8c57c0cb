// The evidence finder's public surface. Pure: no database, no Next.js; Node only through the claim detector.
export type { ClaimQuery, EvidencePassage, IndexedPassage, Match, SnapshotIndex, Stance } from "./types";
export { indexSnapshot, type SnapshotInput } from "./index-snapshot";
export { EvidenceIndex } from "./evidence-index";
export { findEvidence, judgeEvidence, planEvidence, type EvidencePlan, type FindOptions } from "./find-evidence";
export { splitPassages } from "./passages";
export { relateValues, type ValueRelation } from "./relate-values";
export { EVIDENCE_INDEX_VERSION, parseStoredPassages, serializePassages } from "./stored-index";
