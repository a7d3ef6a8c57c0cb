import type { Role } from "@/lib/auth/permissions";
import { CLAIM_STATES, allowedNextStates, type ClaimState } from "@/lib/review/rules";
import { STATE_LABEL, labelOf, listLabels } from "@/lib/review/labels";

export interface BulkStateOption {
  state: ClaimState;
  label: string;
  /** How many of the selected claims may make this move (their state and the person's role allow it). */
  allowed: number;
  /** Why some or all of the selection cannot make it; null when every selected claim can. */
  why: string | null;
}

const SAYING: Partial<Record<ClaimState, string>> = { SIGNED_OFF: "be signed off", AWAITING_SIGNOFF: "go to sign-off", IN_REVIEW: "move to review", UNREVIEWED: "go back to unreviewed" };

/**
 * The moves a bulk change can offer for the ticked claims: for each target state, how many of them may
 * make it under the same rules as a single change (lib/review/rules.ts), and in words why the others may
 * not. Per-claim checks that need the database (evidence, open HIGH flags, versions) still answer claim
 * by claim when the change is sent.
 */
export function bulkStateOptions(role: Role, selected: readonly string[], targets: readonly ClaimState[]): BulkStateOption[] {
  return targets.map((state) => {
    const from = CLAIM_STATES.filter((s) => allowedNextStates(role, s).includes(state));
    const allowed = selected.filter((s) => (from as readonly string[]).includes(s)).length;
    const label = labelOf(STATE_LABEL, state);
    if (selected.length > 0 && allowed === selected.length) return { state, label, allowed, why: null };
    const rule =
      from.length === 0
        ? `Your role may not move claims to ${label.toLowerCase()}.`
        : `Only claims that are ${listLabels(STATE_LABEL, from).toLowerCase()} can ${SAYING[state] ?? `move to ${label.toLowerCase()}`}.`;
    if (selected.length === 0) return { state, label, allowed, why: rule };
    const others = selected.length - allowed;
    return { state, label, allowed, why: allowed === 0 ? `None of the selected claims can: ${rule}` : `${others} of the ${selected.length} selected cannot: ${rule}` };
  });
}
