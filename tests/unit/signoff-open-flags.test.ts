import { describe, expect, it } from "vitest";
import { checkClaimChange, type ClaimSnapshot } from "@/lib/review/rules";
import { describeFlag } from "@/lib/review/labels";

const awaiting = (overrides: Partial<ClaimSnapshot> = {}): ClaimSnapshot => ({
  state: "AWAITING_SIGNOFF",
  verdict: "INACCURATE",
  rationale: "Aid is in the hundreds of millions.",
  correction: "more than $200 million",
  supportingCitations: 0,
  contradictingCitations: 1,
  ...overrides,
});
const flag = describeFlag({ kind: "NUMBER_MISMATCH", severity: "HIGH", articleSays: "more than $200 billion", evidenceSays: "$200 million" });

describe("signing off a claim with an open HIGH flag", () => {
  it("names a flag in words, never in codes", () => {
    expect(flag).toBe("High number mismatch (“more than $200 billion” against “$200 million”)");
  });

  it("is refused with the open flags named on the state field", () => {
    const result = checkClaimChange("EDITOR", awaiting({ openHighFlags: [flag] }), { state: "SIGNED_OFF" });
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    if (result.ok) return;
    expect(result.fields.state).toContain("High number mismatch (“more than $200 billion” against “$200 million”)");
    expect(result.fields.state).toContain("give your reason to sign off anyway");
  });

  it("is allowed with an editor's reason, and a blank reason does not count", () => {
    expect(checkClaimChange("EDITOR", awaiting({ openHighFlags: [flag] }), { state: "SIGNED_OFF", overrideOpenFlags: "  " }).ok).toBe(false);
    expect(checkClaimChange("ADMIN", awaiting({ openHighFlags: [flag] }), { state: "SIGNED_OFF", overrideOpenFlags: "The flag is the correction itself." }).ok).toBe(true);
  });

  it("still refuses a reviewer with 403 whatever the reason", () => {
    expect(checkClaimChange("REVIEWER", awaiting({ openHighFlags: [flag] }), { state: "SIGNED_OFF", overrideOpenFlags: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("does not stop sign-off without open HIGH flags, nor other moves with them", () => {
    expect(checkClaimChange("EDITOR", awaiting({ openHighFlags: [] }), { state: "SIGNED_OFF" }).ok).toBe(true);
    expect(checkClaimChange("EDITOR", awaiting({ openHighFlags: [flag] }), { state: "IN_REVIEW", reason: "More sources" }).ok).toBe(true);
  });

  it("speaks in labels in its other refusals too", () => {
    const result = checkClaimChange("REVIEWER", awaiting({ state: "IN_REVIEW", verdict: null }), { verdict: "ACCURATE", rationale: "ok" });
    expect(result.ok ? "" : result.message).toBe("Rating a claim Accurate needs at least one supporting citation.");
    const jump = checkClaimChange("EDITOR", awaiting({ state: "UNREVIEWED" }), { state: "SIGNED_OFF" });
    expect(jump.ok ? "" : jump.message).toBe("A claim cannot go from Unreviewed to Signed off.");
  });
});
