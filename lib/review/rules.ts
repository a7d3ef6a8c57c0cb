import { can, type Role } from "@/lib/auth/permissions";
import { STATE_LABEL, VERDICT_LABEL, labelOf } from "./labels";

/**
 * The workflow and verdict rules of DESIGN.md in one pure function, so the browser, the API
 * and bulk actions all refuse the same things for the same reasons.
 */
export const CLAIM_STATES = ["UNREVIEWED", "IN_REVIEW", "AWAITING_SIGNOFF", "SIGNED_OFF"] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];
export const VERDICTS = ["ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIABLE"] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface ClaimSnapshot {
  state: ClaimState;
  verdict: Verdict | null;
  rationale: string | null;
  correction: string | null;
  /** An editor's wording of the claim's correction notice line; null: the generated wording. */
  notice?: string | null;
  supportingCitations: number;
  contradictingCitations: number;
  /** The claim's open HIGH flags, each named in words (describeFlag): sign-off stops at them. */
  openHighFlags?: string[];
}

export interface ClaimChange {
  state?: ClaimState;
  verdict?: Verdict | null;
  rationale?: string | null;
  correction?: string | null;
  notice?: string | null;
  /** Why an editor sends a claim back or reopens it. */
  reason?: string | null;
  /** Why an editor signs off although HIGH flags are still open; kept in the history. */
  overrideOpenFlags?: string | null;
}

export type RuleResult =
  | { ok: true; next: ClaimSnapshot }
  | { ok: false; code: "FORBIDDEN" | "INVALID"; message: string; fields: Record<string, string> };

const refuse = (code: "FORBIDDEN" | "INVALID", field: string, message: string): RuleResult => ({
  ok: false,
  code,
  message,
  fields: { [field]: message },
});

const filled = (text: string | null | undefined) => !!text && text.trim().length > 0;

/** Which transition a state change is, and the permission it needs. */
function transitionOf(from: ClaimState, to: ClaimState) {
  if (from === "SIGNED_OFF" && to === "IN_REVIEW") return { name: "reopen", action: "claim:reopen", needsReason: true } as const;
  if (from === "AWAITING_SIGNOFF" && to === "IN_REVIEW") return { name: "send back", action: "claim:send-back", needsReason: true } as const;
  if (from === "AWAITING_SIGNOFF" && to === "SIGNED_OFF") return { name: "sign off", action: "claim:sign-off", needsReason: false } as const;
  if ((from === "UNREVIEWED" || from === "IN_REVIEW") && to === "AWAITING_SIGNOFF")
    return { name: "submit for sign-off", action: "claim:propose-verdict", needsReason: false } as const;
  if ((from === "UNREVIEWED" && to === "IN_REVIEW") || (from === "IN_REVIEW" && to === "UNREVIEWED"))
    return { name: "start or stop review", action: "claim:edit", needsReason: false } as const;
  return null;
}

/** A verdict stands only with its evidence; checked on the claim as it would be after the change. */
function checkEvidence(next: ClaimSnapshot): RuleResult | null {
  const { verdict } = next;
  if (!verdict) return null;
  if (!filled(next.rationale)) return refuse("INVALID", "rationale", "A verdict needs a rationale.");
  if ((verdict === "ACCURATE" || verdict === "MOSTLY_ACCURATE") && next.supportingCitations < 1)
    return refuse("INVALID", "verdict", `Rating a claim ${labelOf(VERDICT_LABEL, verdict)} needs at least one supporting citation.`);
  if (verdict === "INACCURATE" || verdict === "MISLEADING") {
    if (next.contradictingCitations < 1)
      return refuse("INVALID", "verdict", `Rating a claim ${labelOf(VERDICT_LABEL, verdict)} needs a contradicting citation.`);
    if (!filled(next.correction))
      return refuse("INVALID", "correction", `Rating a claim ${labelOf(VERDICT_LABEL, verdict)} needs a suggested correction.`);
  }
  return null;
}

export function checkClaimChange(role: Role, claim: ClaimSnapshot, change: ClaimChange): RuleResult {
  const next: ClaimSnapshot = {
    ...claim,
    state: change.state ?? claim.state,
    verdict: change.verdict === undefined ? claim.verdict : change.verdict,
    rationale: change.rationale === undefined ? claim.rationale : change.rationale,
    correction: change.correction === undefined ? claim.correction : change.correction,
    notice: change.notice === undefined ? (claim.notice ?? null) : change.notice,
  };
  const noticeChanges = next.notice !== (claim.notice ?? null);
  const stateChanges = next.state !== claim.state;
  const contentChanges =
    next.verdict !== claim.verdict || next.rationale !== claim.rationale || next.correction !== claim.correction || noticeChanges;

  if (!can(role, "claim:edit")) return refuse("FORBIDDEN", "state", "Your role may not edit claims.");

  if (claim.state === "SIGNED_OFF" && (contentChanges || (stateChanges && next.state !== "IN_REVIEW")))
    return refuse("INVALID", "state", "A signed-off claim changes only by being reopened.");

  if (noticeChanges) {
    if (!can(role, "claim:sign-off")) return refuse("FORBIDDEN", "notice", "Only editors and admins word the correction notice.");
    if (next.notice && next.verdict !== "INACCURATE" && next.verdict !== "MISLEADING")
      return refuse("INVALID", "notice", "A correction notice goes with an Inaccurate or Misleading verdict.");
  }

  if (stateChanges) {
    const transition = transitionOf(claim.state, next.state);
    if (!transition)
      return refuse("INVALID", "state", `A claim cannot go from ${labelOf(STATE_LABEL, claim.state)} to ${labelOf(STATE_LABEL, next.state)}.`);
    if (!can(role, transition.action))
      return refuse("FORBIDDEN", "state", `Only editors and admins may ${transition.name}.`);
    if (transition.needsReason && !filled(change.reason))
      return refuse("INVALID", "reason", `Say why you ${transition.name} this claim.`);
    const open = claim.openHighFlags ?? [];
    if (next.state === "SIGNED_OFF" && open.length > 0 && !filled(change.overrideOpenFlags))
      return refuse(
        "INVALID",
        "state",
        `${open.length === 1 ? "A high-severity flag is" : `${open.length} high-severity flags are`} still open: ${open.join("; ")}. Resolve ${open.length === 1 ? "it" : "them"} first, or give your reason to sign off anyway.`,
      );
  }

  if (next.verdict !== claim.verdict && !can(role, "claim:propose-verdict"))
    return refuse("FORBIDDEN", "verdict", "Your role may not propose verdicts.");

  if ((next.state === "AWAITING_SIGNOFF" || next.state === "SIGNED_OFF") && !next.verdict)
    return refuse("INVALID", "verdict", "Propose a verdict before the claim goes to sign-off.");

  const evidenceProblem = next.verdict !== claim.verdict || contentChanges || stateChanges ? checkEvidence(next) : null;
  if (evidenceProblem) return evidenceProblem;

  return { ok: true, next };
}

/** The states a role may move a claim to from where it is now, for the browser's choices. */
export function allowedNextStates(role: Role, from: ClaimState): ClaimState[] {
  return CLAIM_STATES.filter((to) => {
    if (to === from) return false;
    const transition = transitionOf(from, to);
    return !!transition && can(role, transition.action);
  });
}
