import { describe, expect, it } from "vitest";
import { statusText } from "@/app/ui/form-bits";

describe("a form's status line", () => {
  it("does not repeat an error that is shown beside its field", () => {
    const state = { status: "error" as const, message: "Rating a claim Accurate needs at least one supporting citation.", fields: { verdict: "Rating a claim Accurate needs at least one supporting citation." } };
    expect(statusText(state, ["state", "verdict"])).toBe("Not saved: see the marked field.");
  });

  it("says the message when a named field has no place in the form, and for conflicts", () => {
    expect(statusText({ status: "error", message: "Only editors and admins assign claims.", fields: { assigneeEmail: "x" } }, ["state"])).toBe("Only editors and admins assign claims.");
    expect(statusText({ status: "conflict", message: "Ed Editor changed this claim.", fields: { version: "Stale" } }, ["state"])).toBe("Ed Editor changed this claim.");
    expect(statusText({ status: "idle" })).toBe("");
  });
});
