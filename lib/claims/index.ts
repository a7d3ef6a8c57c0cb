// The claim detector's public surface. Pure TypeScript: no database, no Next.js, no Node APIs.
export type { ClaimKind, ClaimValue, DetectOptions, DetectedClaim, SentenceSpan, ValueKind, Bound } from "./types";
export { detectClaims, extractValues } from "./detect";
export { splitSentences } from "./sentences";
export { quoteSelector, MAX_PREFIX, MAX_SUFFIX } from "./selector";
