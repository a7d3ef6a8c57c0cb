import { describe, expect, it } from "vitest";
import { mergeValueFindings } from "@/lib/checks/merge-findings";
import type { ValueFinding } from "@/lib/checks/compare-values";

const finding = (evidenceSays: string, gap: string, severity: ValueFinding["severity"] = "HIGH"): ValueFinding => ({
  dimension: "money",
  kind: "NUMBER_MISMATCH",
  severity,
  message: `The article says “more than $200 billion”; the source says “${evidenceSays}”: ${gap}.`,
  gap,
  articleSays: "more than $200 billion",
  evidenceSays,
});

describe("one automatic flag per claim and value", () => {
  it("keeps a single source's flag as it was", () => {
    const [flag] = mergeValueFindings([{ finding: finding("over $200 million", "the claim is 1,000 times the source"), source: { id: "s1", title: "State Dept" } }]);
    expect(flag).toMatchObject({
      key: "money:more than $200 billion",
      severity: "HIGH",
      evidenceSays: "over $200 million",
      sourceId: "s1",
      note: "The article says “more than $200 billion”; the source says “over $200 million”: the claim is 1,000 times the source. Source: State Dept.",
    });
  });

  it("lists every contradicting source in one flag, at the highest severity", () => {
    const flags = mergeValueFindings([
      { finding: finding("over $200 million", "the claim is 1,000 times the source"), source: { id: "s1", title: "State Dept" } },
      { finding: finding("$215 million", "the claim is 930 times the source", "MEDIUM"), source: { id: "s2", title: "USAID" } },
      // The same source cited twice is one source.
      { finding: finding("over $200 million", "the claim is 1,000 times the source"), source: { id: "s1", title: "State Dept" } },
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0].severity).toBe("HIGH");
    expect(flags[0].note).toBe(
      "The article says “more than $200 billion”; 2 sources say otherwise: State Dept says “over $200 million” (the claim is 1,000 times the source); USAID says “$215 million” (the claim is 930 times the source).",
    );
    expect(flags[0].evidenceSays).toBe("“over $200 million” (State Dept); “$215 million” (USAID)");
  });

  it("keeps different values of one claim apart", () => {
    const other = { ...finding("2019", "the dates do not match"), dimension: "date" as const, kind: "DATE_MISMATCH" as const, articleSays: "2022" };
    expect(mergeValueFindings([{ finding: finding("over $200 million", "x"), source: { id: "s1", title: "A" } }, { finding: other, source: { id: "s1", title: "A" } }])).toHaveLength(2);
  });
});
