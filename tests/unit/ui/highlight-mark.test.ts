import { describe, expect, it } from "vitest";
import { STATE_MARKS, VERDICT_MARKS, describeHighlight, markOf } from "@/app/ui/highlight-mark";

describe("markOf", () => {
  it("paints a claim by its verdict once it has one, whatever its state", () => {
    expect(markOf({ state: "SIGNED_OFF", verdict: "INACCURATE" }).key).toBe("inaccurate");
    expect(markOf({ state: "SIGNED_OFF", verdict: "ACCURATE" }).key).toBe("accurate");
    expect(markOf({ state: "IN_REVIEW", verdict: "MISLEADING" }).key).toBe("misleading");
  });

  it("paints a claim without a verdict by where it stands, and an unaccepted suggestion as one", () => {
    expect(markOf({ state: "UNREVIEWED", verdict: null }).key).toBe("unreviewed");
    expect(markOf({ state: "IN_REVIEW", verdict: null }).key).toBe("in-review");
    expect(markOf({ state: "UNREVIEWED", verdict: null, suggestion: "SUGGESTED" }).key).toBe("suggested");
  });

  it("never reads a signed-off claim without a verdict as done", () => {
    expect(markOf({ state: "SIGNED_OFF", verdict: null }).key).toBe("awaiting-signoff");
  });

  it("gives every verdict a glyph and every mark a label, so colour is never the only cue", () => {
    for (const mark of VERDICT_MARKS) expect(mark.glyph).not.toBe("");
    for (const mark of [...STATE_MARKS, ...VERDICT_MARKS]) expect(mark.label).toMatch(/^[A-Z][a-z -]+$/);
    expect(new Set(VERDICT_MARKS.map((m) => m.glyph)).size).toBe(VERDICT_MARKS.length);
  });
});

describe("describeHighlight", () => {
  it("says the state, the verdict and open high flags in words", () => {
    expect(describeHighlight({ state: "SIGNED_OFF", verdict: "INACCURATE", openHighFlags: 2 }, "Money")).toBe(
      "claim: Money, Signed off, Inaccurate, 2 open high-severity flags",
    );
    expect(describeHighlight({ state: "UNREVIEWED", verdict: null }, "Date")).toBe("claim: Date, Unreviewed");
    expect(describeHighlight({ state: "UNREVIEWED", verdict: null, openFlags: 3, openHighFlags: 1 }, "Date")).toBe(
      "claim: Date, Unreviewed, 1 open high-severity flag, 2 other open flags",
    );
    expect(describeHighlight({ state: "UNREVIEWED", verdict: null, suggestion: "SUGGESTED" }, "Date")).toBe("suggested claim: Date");
  });
});
