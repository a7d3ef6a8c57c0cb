import { describe, expect, it } from "vitest";
import { allowedNextStates, checkClaimChange, type ClaimSnapshot } from "@/lib/review/rules";

const claim = (overrides: Partial<ClaimSnapshot> = {}): ClaimSnapshot => ({
  state: "IN_REVIEW",
  verdict: null,
  rationale: null,
  correction: null,
  supportingCitations: 0,
  contradictingCitations: 0,
  ...overrides,
});

describe("workflow transitions", () => {
  it("lets a reviewer start review and submit a verdict with evidence for sign-off", () => {
    expect(checkClaimChange("REVIEWER", claim({ state: "UNREVIEWED" }), { state: "IN_REVIEW" }).ok).toBe(true);
    const ready = claim({ verdict: "ACCURATE", rationale: "Matches the DSCA notice.", supportingCitations: 1 });
    expect(checkClaimChange("REVIEWER", ready, { state: "AWAITING_SIGNOFF" }).ok).toBe(true);
  });

  it("refuses sign-off to reviewers with 403 and allows it to editors and admins", () => {
    const awaiting = claim({ state: "AWAITING_SIGNOFF", verdict: "ACCURATE", rationale: "ok", supportingCitations: 1 });
    const refused = checkClaimChange("REVIEWER", awaiting, { state: "SIGNED_OFF" });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN", fields: { state: expect.stringContaining("editors") } });
    expect(checkClaimChange("EDITOR", awaiting, { state: "SIGNED_OFF" }).ok).toBe(true);
    expect(checkClaimChange("ADMIN", awaiting, { state: "SIGNED_OFF" }).ok).toBe(true);
  });

  it("needs a reason to send back or reopen", () => {
    const awaiting = claim({ state: "AWAITING_SIGNOFF", verdict: "UNVERIFIABLE", rationale: "No record found." });
    expect(checkClaimChange("EDITOR", awaiting, { state: "IN_REVIEW" })).toMatchObject({ ok: false, fields: { reason: expect.any(String) } });
    expect(checkClaimChange("EDITOR", awaiting, { state: "IN_REVIEW", reason: "Find the primary source." }).ok).toBe(true);
    expect(checkClaimChange("REVIEWER", awaiting, { state: "IN_REVIEW", reason: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const signed = { ...awaiting, state: "SIGNED_OFF" as const };
    expect(checkClaimChange("EDITOR", signed, { state: "IN_REVIEW", reason: "New evidence." }).ok).toBe(true);
    expect(checkClaimChange("REVIEWER", signed, { state: "IN_REVIEW", reason: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("changes a signed-off claim only by reopening it", () => {
    const signed = claim({ state: "SIGNED_OFF", verdict: "ACCURATE", rationale: "ok", supportingCitations: 1 });
    expect(checkClaimChange("EDITOR", signed, { rationale: "edited" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(checkClaimChange("ADMIN", signed, { state: "AWAITING_SIGNOFF" })).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("refuses transitions that skip the workflow", () => {
    expect(checkClaimChange("ADMIN", claim({ state: "UNREVIEWED" }), { state: "SIGNED_OFF" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(checkClaimChange("EDITOR", claim({ state: "IN_REVIEW" }), { state: "SIGNED_OFF" })).toMatchObject({ ok: false });
  });

  it("needs a verdict before sign-off", () => {
    expect(checkClaimChange("REVIEWER", claim(), { state: "AWAITING_SIGNOFF" })).toMatchObject({ ok: false, fields: { verdict: expect.any(String) } });
  });

  it("offers each role only the moves it may make", () => {
    expect(allowedNextStates("REVIEWER", "UNREVIEWED")).toEqual(["IN_REVIEW", "AWAITING_SIGNOFF"]);
    expect(allowedNextStates("REVIEWER", "AWAITING_SIGNOFF")).toEqual([]);
    expect(allowedNextStates("EDITOR", "AWAITING_SIGNOFF")).toEqual(["IN_REVIEW", "SIGNED_OFF"]);
    expect(allowedNextStates("REVIEWER", "SIGNED_OFF")).toEqual([]);
    expect(allowedNextStates("ADMIN", "SIGNED_OFF")).toEqual(["IN_REVIEW"]);
  });
});

describe("verdict evidence", () => {
  it("needs a supporting citation for ACCURATE and MOSTLY_ACCURATE", () => {
    for (const verdict of ["ACCURATE", "MOSTLY_ACCURATE"] as const) {
      expect(checkClaimChange("REVIEWER", claim(), { verdict, rationale: "r" })).toMatchObject({ ok: false, fields: { verdict: expect.stringContaining("supporting") } });
      expect(checkClaimChange("REVIEWER", claim({ supportingCitations: 1 }), { verdict, rationale: "r" }).ok).toBe(true);
    }
  });

  it("needs a contradicting citation and a correction for INACCURATE and MISLEADING", () => {
    for (const verdict of ["INACCURATE", "MISLEADING"] as const) {
      expect(checkClaimChange("REVIEWER", claim({ supportingCitations: 2 }), { verdict, rationale: "r", correction: "c" })).toMatchObject({
        ok: false,
        fields: { verdict: expect.stringContaining("contradicting") },
      });
      expect(checkClaimChange("REVIEWER", claim({ contradictingCitations: 1 }), { verdict, rationale: "r" })).toMatchObject({
        ok: false,
        fields: { correction: expect.any(String) },
      });
      expect(checkClaimChange("REVIEWER", claim({ contradictingCitations: 1 }), { verdict, rationale: "r", correction: "$200 million" }).ok).toBe(true);
    }
  });

  it("needs a rationale for every verdict, UNVERIFIABLE included", () => {
    expect(checkClaimChange("REVIEWER", claim(), { verdict: "UNVERIFIABLE" })).toMatchObject({ ok: false, fields: { rationale: expect.any(String) } });
    expect(checkClaimChange("REVIEWER", claim(), { verdict: "UNVERIFIABLE", rationale: "No public record." }).ok).toBe(true);
  });

  it("lets a verdict be withdrawn", () => {
    const withVerdict = claim({ verdict: "UNVERIFIABLE", rationale: "r" });
    expect(checkClaimChange("REVIEWER", withVerdict, { verdict: null })).toMatchObject({ ok: true, next: { verdict: null } });
  });
});

describe("the correction notice's wording", () => {
  const inaccurate = claim({ state: "AWAITING_SIGNOFF", verdict: "INACCURATE", rationale: "DSCA says $200 million.", correction: "$200 million", contradictingCitations: 1 });

  it("is worded by editors and admins, not reviewers", () => {
    expect(checkClaimChange("EDITOR", inaccurate, { notice: "We said $200 billion; it was $200 million." }).ok).toBe(true);
    expect(checkClaimChange("ADMIN", inaccurate, { notice: "x" }).ok).toBe(true);
    expect(checkClaimChange("REVIEWER", inaccurate, { notice: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN", fields: { notice: expect.stringContaining("editors") } });
  });

  it("goes only with an Inaccurate or Misleading verdict, and is fixed once signed off", () => {
    const accurate = claim({ verdict: "ACCURATE", rationale: "ok", supportingCitations: 1 });
    expect(checkClaimChange("EDITOR", accurate, { notice: "x" })).toMatchObject({ ok: false, fields: { notice: expect.stringContaining("Inaccurate or Misleading") } });
    const signed = { ...inaccurate, state: "SIGNED_OFF" as const };
    expect(checkClaimChange("EDITOR", signed, { notice: "x" })).toMatchObject({ ok: false, fields: { state: expect.stringContaining("reopened") } });
  });

  it("goes back to the generated wording when emptied, and an unchanged wording is no change", () => {
    const worded = { ...inaccurate, notice: "Our words." };
    expect(checkClaimChange("EDITOR", worded, { notice: null })).toMatchObject({ ok: true, next: { notice: null } });
    expect(checkClaimChange("REVIEWER", worded, { notice: "Our words.", rationale: "DSCA says $200 million." }).ok).toBe(true);
  });
});
