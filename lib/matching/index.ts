// Repeated claims, the pure core: fingerprints, matching and the candidate index. No database, no Next.js.
export { fingerprintClaim, sentenceAround, FINGERPRINT_VERSION, type ClaimFingerprint, type FingerprintValue, type MatchInput } from "./fingerprint";
export { matchClaims, type ClaimMatch, type MatchCandidate, type MatchOptions, type MatchRelation } from "./match";
