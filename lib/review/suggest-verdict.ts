import type { Verdict } from "./rules";

export interface VerdictEvidence {
  supports: number;
  contradicts: number;
  context: number;
  openFlags: { kind: string; severity: string }[];
}

/**
 * What the evidence so far points to, with the reason in words. Only shown to the reviewer:
 * a verdict is always a person's decision.
 */
export function suggestVerdict(e: VerdictEvidence): { verdict: Verdict | null; reason: string } {
  const mismatches = e.openFlags.filter((f) => f.kind === "NUMBER_MISMATCH" || f.kind === "DATE_MISMATCH");
  const high = mismatches.filter((f) => f.severity === "HIGH");
  if (e.supports + e.contradicts + e.context === 0) return { verdict: null, reason: "Attach a source to get a suggestion." };
  if (e.contradicts > 0 && e.supports > 0)
    return { verdict: "MISLEADING", reason: `Sources disagree (${e.supports} support, ${e.contradicts} contradict): weigh which is authoritative.` };
  if (e.contradicts > 0) return { verdict: "INACCURATE", reason: `${e.contradicts === 1 ? "A source contradicts" : `${e.contradicts} sources contradict`} the claim.` };
  if (high.length > 0) return { verdict: "INACCURATE", reason: "A source states a value far from the claim's (see the HIGH flag)." };
  if (e.supports > 0 && mismatches.length > 0) return { verdict: "MOSTLY_ACCURATE", reason: "Supported, but a value differs from the source's (see the flags)." };
  if (e.supports > 0) return { verdict: "ACCURATE", reason: `${e.supports === 1 ? "A source supports" : `${e.supports} sources support`} the claim and nothing is flagged.` };
  return { verdict: null, reason: "The sources give context only: judge whether the claim needs it." };
}
