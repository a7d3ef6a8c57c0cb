// Repeated claims, the pure core: fingerprints, matching and the candidate index. No database, no Next.js.
export { fingerprintClaim, sentenceAround, FINGERPRINT_VERSION, type ClaimFingerprint, type FingerprintValue, type MatchInput } from "./fingerprint";
export { matchClaims, relate, type ClaimMatch, type MatchCandidate, type MatchOptions, type MatchRelation, type PairVerdict } from "./match";
export { matchKeys, pickCandidates, rarityWeights, type CandidateOptions, type KeyUse } from "./keys";
export { CandidateIndex } from "./candidate-index";
