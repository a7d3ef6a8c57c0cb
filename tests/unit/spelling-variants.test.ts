import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findSpellingVariants, oneEditApart } from "@/lib/checks/spelling-variants";

const seed = fs.readFileSync(path.resolve("prisma/fixtures/the-centrality-of-security-in-the-pakistan-us-relationship.txt"), "utf8");

describe("spelling variants inside one article", () => {
  it("finds the swapped acronym and the misspelled credit line in the demo article, and nothing else", () => {
    const variants = findSpellingVariants(seed);
    expect(variants.map((v) => [v.variant, v.expected])).toEqual([
      ["Departmemt", "Department"],
      ["TPP", "TTP"],
    ]);
    for (const v of variants) expect(seed.slice(v.start, v.end)).toBe(v.variant);
    expect(variants.find((v) => v.variant === "TPP")!.expectedCount).toBeGreaterThan(5);
  });

  it("needs the usual spelling to appear more than once", () => {
    expect(findSpellingVariants("The NATO and NTAO summit.")).toEqual([]);
    expect(findSpellingVariants("The NATO summit. NATO leaders met; NTAO said.")).toMatchObject([{ variant: "NTAO", expected: "NATO" }]);
  });

  it("counts one edit: a swap, a change, an insertion or a deletion", () => {
    expect(oneEditApart("TTP", "TPP")).toBe(true);
    expect(oneEditApart("Department", "Departmemt")).toBe(true);
    expect(oneEditApart("Karzai", "Karzaii")).toBe(true);
    expect(oneEditApart("Pakistan", "Afghanistan")).toBe(false);
    expect(oneEditApart("CENTCOM", "CENTCOM")).toBe(false);
  });
});
