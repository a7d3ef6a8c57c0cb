import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractValues } from "@/lib/claims";
import { findInternalContradictions } from "@/lib/checks/internal-contradictions";

const check = (body: string) => findInternalContradictions(body, extractValues(body));

describe("the same quantity stated twice", () => {
  it("finds two different counts of the same thing", () => {
    const body = "The floods left 33 million people affected.\n\nLater, officials said 30 million people affected had received aid.";
    const [found, ...rest] = check(body);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ first: { text: "33 million" }, second: { text: "30 million" }, what: "people affected" });
  });

  it("lets rounding and qualifiers agree", () => {
    expect(check("It shipped nearly 300 metric tons of supplies. In all, 292 metric tons of supplies arrived.")).toEqual([]);
    expect(check("Aid reached $215 million in aid money. Officials cited more than $200 million in aid money.")).toEqual([]);
  });

  it("finds nothing in the demo article", () => {
    const seed = fs.readFileSync(path.resolve("prisma/fixtures/the-centrality-of-security-in-the-pakistan-us-relationship.txt"), "utf8");
    expect(check(seed)).toEqual([]);
  });
});

describe("the same quantity stated twice, in other words", () => {
  it("finds one noun counted twice when the second mention only says more", () => {
    const found = check("The flood destroyed 41,000 homes across the valley.\n\nBy Friday, 38,500 homes were destroyed, officials said.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ first: { text: "41,000" }, second: { text: "38,500" }, what: "homes" });
  });

  it("does not pair two different quantities of one noun", () => {
    expect(check("At least 240 people were killed and 1,100 people were injured.")).toEqual([]);
    expect(check("Two people were arrested. Five people were questioned.")).toEqual([]);
  });
});

describe("figures far apart", () => {
  it("reads them as different quantities of one noun, not a contradiction", () => {
    expect(check("Leisure and hospitality added 72,000 jobs. Health care added 34,000 jobs.")).toEqual([]);
  });
});
