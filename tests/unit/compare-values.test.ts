import { describe, expect, it } from "vitest";
import { extractValues } from "@/lib/claims";
import { compareValues, describeRatio } from "@/lib/checks/compare-values";

const compare = (claim: string, passage: string) => compareValues(extractValues(claim), extractValues(passage));

describe("comparing a claim's values with a source passage", () => {
  it("flags “more than $200 billion” against “over $200 million” as HIGH, 1,000 times the source", () => {
    const [finding, ...rest] = compare("which now amounts to more than $200 billion.", "the United States has provided over $200 million in flood relief.");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: "NUMBER_MISMATCH", severity: "HIGH", articleSays: "more than $200 billion", evidenceSays: "over $200 million" });
    expect(finding.message).toContain("the claim is 1,000 times the source");
  });

  it("finds “more than $200 million” consistent with “$215 million”", () => {
    expect(compare("aid now amounts to more than $200 million.", "USAID has provided $215 million.")).toEqual([]);
  });

  it("reads rounding as rounding: $12 billion agrees with $12.3 billion but not with $9 billion", () => {
    expect(compare("trade stood at $12 billion", "trade was $12.3 billion")).toEqual([]);
    expect(compare("trade stood at $12 billion", "trade was $9 billion")).toMatchObject([{ kind: "NUMBER_MISMATCH", severity: "MEDIUM" }]);
  });

  it("passes when any value in the passage states the claim's value", () => {
    expect(compare("trade stood at $12 billion", "goods trade was $9 billion; with services, $12 billion.")).toEqual([]);
  });

  it("says plainly when the currencies differ", () => {
    const [finding] = compare("a $450 million package", "a package worth Rs 125 billion");
    expect(finding).toMatchObject({ severity: "LOW" });
    expect(finding.message).toContain("different currencies");
  });

  it("compares percentages with fractions", () => {
    expect(compare("floods covered one-third of the country", "a third of the land, 33%, was flooded")).toEqual([]);
    expect(compare("floods covered one-third of the country", "about 10% of the land was flooded")).toMatchObject([{ kind: "NUMBER_MISMATCH" }]);
  });

  it("raises a DATE_MISMATCH for November 2022 against December 1, 2022", () => {
    expect(compare("In November 2022, the State Department sanctioned him.", "On December 1, 2022, the Department designated him.")).toMatchObject([
      { kind: "DATE_MISMATCH", severity: "MEDIUM", articleSays: "November 2022", evidenceSays: "December 1, 2022" },
    ]);
    expect(compare("In November 2022, sanctions came.", "Sanctions were announced on November 30, 2022.")).toEqual([]);
    expect(compare("killed in 2009", "was killed in August 2010")).toMatchObject([{ kind: "DATE_MISMATCH", severity: "HIGH" }]);
  });

  it("compares nothing when the passage states no value of the same kind", () => {
    expect(compare("approved a $450 million package", "The sale was approved by the State Department.")).toEqual([]);
  });

  it("words ratios both ways", () => {
    expect(describeRatio(200e9, 200e6)).toBe("the claim is 1,000 times the source");
    expect(describeRatio(9e9, 12e9)).toBe("the source is 1.33 times the claim");
  });
});
