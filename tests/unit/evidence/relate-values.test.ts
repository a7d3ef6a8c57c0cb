import { describe, expect, it } from "vitest";
import { extractValues } from "@/lib/claims";
import { relateValues } from "@/lib/evidence/relate-values";
import { significantDigits } from "@/lib/evidence/value-keys";

const one = (text: string) => {
  const [value] = extractValues(text, { publishedAt: new Date("2024-01-30T12:00:00Z") }).filter((v) => v.kind !== "event");
  if (!value) throw new Error(`no value in ${text}`);
  return value;
};
const relate = (claim: string, passage: string) => relateValues(one(claim), one(passage));

describe("relateValues", () => {
  it.each([
    ["more than $200 billion", "$200 million", "NEAR_MISS", /another magnitude \(the claim is 1,000 times the source\)/],
    ["$450 million", "$450 million", "SAME", /same value/],
    ["$12 billion", "about $12 billion", "SAME", /same value/],
    ["236,000 jobs", "263,000 jobs", "NEAR_MISS", /close|another order/],
    ["32,000 jobs", "23,000 jobs", "NEAR_MISS", /another order/],
    ["4.2 percent", "nearly 4 percent", "NEAR_MISS", /bound/],
    ["up to $25 million", "up to $2.5 million", "NEAR_MISS", /magnitude/],
    ["3.5 percent", "9.8 percent", "OTHER", /another value/],
    ["December 2023", "Dec. 14, 2023", "SAME", /same date/],
    ["Dec. 14, 2023", "Dec. 14, 2022", "NEAR_MISS", /same day in another year/],
    ["Dec. 14, 2023", "Dec. 18, 2023", "NEAR_MISS", /another day of the same month/],
    ["in 1966", "in 1968", "NEAR_MISS", /another year/],
    ["in 1966", "in 1986", "OTHER", /another date/],
    ["62.6 percent", "60.4 percent", "OTHER", /another value/],
    ["$21.45 million", "$23 million", "NEAR_MISS", /rounded value/],
    ["$887 million", "$750 million", "OTHER", /another value/],
    ["January 2023", "March 2023", "OTHER", /another date/],
    ["November 2022", "November 2013", "OTHER", /another date/],
    ["November 2022", "November 2021", "NEAR_MISS", /same month in another year/],
  ])("%s against %s is %s", (claim, passage, relation, why) => {
    const result = relate(claim, passage);
    expect(result?.relation).toBe(relation);
    expect(result?.why).toMatch(why);
  });

  it("calls a date that only covers the claim's coarser", () => {
    expect(relate("December 2023", "in 2023")).toMatchObject({ relation: "SAME", coarser: true });
  });

  it("never calls another year a near miss of a resolved 'last year'", () => {
    expect(relate("last year", "in 2021")?.relation).toBe("OTHER");
    expect(relate("last year", "in 2023")?.relation).toBe("SAME");
  });

  it("does not relate values that measure different things, nor compare currencies", () => {
    expect(relate("$200 million", "in 2022")).toBeNull();
    expect(relate("$200 million", "Rs 200 million")?.relation).toBe("OTHER");
  });

  it("reads significant digits without the magnitude", () => {
    expect(significantDigits(200_000_000)).toBe("2");
    expect(significantDigits(236_000)).toBe("236");
    expect(significantDigits(0.035)).toBe("35");
    expect(significantDigits(21.45)).toBe("2145");
  });
});
