import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectClaims } from "../../../lib/claims";
import { core } from "./helpers";

const SEED = path.resolve(__dirname, "../../../../shared/seed-article/the-centrality-of-security-in-the-pakistan-us-relationship.txt");
const LOCAL = path.resolve(__dirname, "../../../prisma/fixtures/the-centrality-of-security-in-the-pakistan-us-relationship.txt");

function readSeed(): string {
  for (const p of [LOCAL, SEED]) {
    try {
      return readFileSync(p, "utf8");
    } catch {
      // try the next location
    }
  }
  throw new Error("seed article not found");
}

const text = readSeed();
const claims = detectClaims(text, { publishedAt: new Date("2024-02-01T00:00:00Z") });
const containing = (words: string) => {
  const found = claims.filter((c) => c.quote.includes(words));
  if (found.length === 0) throw new Error(`no claim contains ${JSON.stringify(words)}`);
  return found[0];
};

describe("the seed article", () => {
  it("anchors every claim exactly", () => {
    expect(claims.length).toBeGreaterThan(15);
    for (const c of claims) {
      expect(c.quote).toBe(text.slice(c.start, c.end));
      expect(c.prefix).toBe(text.slice(Math.max(0, c.start - 32), c.start));
      expect(c.suffix).toBe(text.slice(c.end, c.end + 32));
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      for (const v of c.values) {
        if (v.start !== undefined && v.end !== undefined) expect(text.slice(v.start, v.end)).toBe(v.text);
      }
    }
  });

  it("reads the three mission values exactly", () => {
    const money = claims.flatMap((c) => c.values).filter((v) => v.kind === "money").map(core);
    expect(money).toEqual([
      { kind: "money", value: 450000000, unit: "USD" },
      { kind: "money", value: 200000000000, unit: "USD", qualifier: "more than" },
      { kind: "money", value: 12000000000, unit: "USD" },
    ]);
    expect(containing("$450 million").kind).toBe("money");
    expect(containing("more than $200 billion").kind).toBe("money");
    expect(containing("$12 billion").kind).toBe("money");
  });

  it("finds the other check-worthy claims", () => {
    const expectations: [string, string, unknown][] = [
      ["maiden visit", "date", "2023-12"],
      ["Dec. 14, 2023", "date", "2023-12-14"],
      ["withdrawal from Afghanistan in 2021", "date", "2021"],
      ["Baitullah Mehsud", "date", "2009"],
      ["Hakimullah Mehsud", "date", "2013"],
      ["terrorist attack in December 2023", "date", "2023-12"],
      ["Times Square", "date", "2010"],
      ["al-Zawahiri", "date", "2022"],
      ["Qari Amjad", "date", "2022-11"],
      ["Qari Amjad", "number", 3],
      ["Noor Wali Mehsud", "date", "2019"],
      ["greatest threat", "quote", "greatest threat"],
      ["concerted efforts", "quote", "concerted efforts to eliminate the group inside Afghanistan"],
      ["Last year, Thomas West", "date", "2023"],
      ["2022 speech", "date", "2022"],
      ["Barack Obama", "date", "2014"],
      ["suspend military aid", "date", "2018"],
      // The renewal and the original signing are two assertions (the corpus labels them apart).
      ["renewed the Communication Interoperability", "date", "a year later"],
      ["originally signed in 2005", "date", "2005"],
      ["originally signed in 2005", "duration", 15],
      ["20 years of fight", "duration", 20],
      ["1979 Soviet invasion", "date", "1979"],
      ["conjoined twins", "quote", "conjoined twins"],
      ["one-third of the country", "fraction", 0.3333],
      ["2022 floods", "date", "2022"],
      ["In 2024", "date", "2024"],
    ];
    for (const [words, kind, value] of expectations) {
      const c = containing(words);
      expect(c.values.some((v) => v.kind === kind && v.value === value), `${words}: ${kind} ${String(value)}`).toBe(true);
    }
  });

  it("names the speakers", () => {
    const speaker = (words: string) => containing(words).values.find((v) => v.kind === "quote")?.speaker;
    expect(speaker("greatest threat")).toBe("Thomas West");
    expect(speaker("most dangerous nations")).toBe("Joe Biden");
    expect(speaker("single biggest threat")).toBe("Barack Obama");
    expect(speaker("conjoined twins")).toBe("Hamid Karzai");
    // The interim foreign minister is described, not named.
    expect(speaker("building on the recent exchanges")).toBeUndefined();
  });

  it("leaves furniture and opinion alone", () => {
    const quotes = claims.map((c) => c.quote);
    for (const furniture of ["Recent Features", "Features | Security | South Asia", "Credit:", "A Marriage of Necessity"]) {
      expect(quotes.some((q) => q.includes(furniture)), furniture).toBe(false);
    }
    expect(quotes.some((q) => q.includes("it would be myopic"))).toBe(false);
    expect(quotes.some((q) => q.includes("War on Terror"))).toBe(false);
    expect(quotes.some((q) => q.includes("hamstrung for decades"))).toBe(false);
  });

  it("trims leading connectives and never spans a paragraph", () => {
    const trade = containing("$12 billion");
    expect(trade.quote.startsWith("the United States remains")).toBe(true);
    for (const c of claims) expect(c.quote.includes("\n\n")).toBe(false);
  });
});
