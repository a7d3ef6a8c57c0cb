import { fingerprintClaim, sentenceAround, matchKeys, FINGERPRINT_VERSION, type ClaimFingerprint } from "@/lib/matching";
import type { ClaimKind, ClaimValue } from "@/lib/claims/types";

/** The stored fingerprint of a claim in its article (lib/matching/README.md, "Storing it"). */
export function claimFingerprint(body: string, claim: { start: number; end: number; quote: string; kind: ClaimKind; values: ClaimValue[] }): ClaimFingerprint {
  return fingerprintClaim({ quote: claim.quote, kind: claim.kind, values: claim.values, context: sentenceAround(body, claim.start, claim.end) });
}

export function parseFingerprint(json: string | null): ClaimFingerprint | null {
  if (!json) return null;
  const fp = JSON.parse(json) as ClaimFingerprint;
  return fp.v === FINGERPRINT_VERSION ? fp : null;
}

export function storeKeys(claimId: string, fp: ClaimFingerprint) {
  return [...new Set(matchKeys(fp, "store"))].map((key) => ({ key, claimId }));
}
