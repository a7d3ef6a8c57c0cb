import { describe, expect, it } from "vitest";
import { detectClaims } from "../../../lib/claims";
import { only, valuesOf } from "./helpers";

describe("numbers", () => {
  it("reads digits with scale words", () => {
    expect(only("about 1.2 million people fled", "number")).toEqual({ kind: "number", value: 1200000, qualifier: "about" });
    // Only the newsroom's documented qualifiers are reported; other hedges still set the bound.
    expect(only("some 1.2 million people fled", "number")).toEqual({ kind: "number", value: 1200000 });
    expect(only("120+ million liters", "number")).toEqual({ kind: "number", value: 120000000 });
    expect(only("it has 3,400 members", "number")).toEqual({ kind: "number", value: 3400 });
  });

  it("reads numbers written as words", () => {
    expect(only("three other leaders were named", "number")).toEqual({ kind: "number", value: 3 });
    expect(only("twenty-five soldiers died", "number")).toEqual({ kind: "number", value: 25 });
    expect(only("a dozen ministers resigned", "number")).toEqual({ kind: "number", value: 12 });
    expect(only("two hundred and fifty thousand votes", "number")).toEqual({ kind: "number", value: 250000 });
    expect(only("half a million refugees", "number")).toEqual({ kind: "number", value: 500000 });
  });

  it("reads vague plurals as lower bounds", () => {
    const v = only("tens of thousands of people marched", "number");
    expect(v.value).toBe(10000);
    expect(v.qualifier).toBe("tens of thousands");
    expect(only("hundreds of protesters", "number").value).toBe(100);
  });

  it("keeps printed signs and reads ordinals", () => {
    expect(valuesOf("lost jobs (-12,000) while stores added (+15,000)", "number")).toEqual([
      { kind: "number", value: -12000 },
      { kind: "number", value: 15000 },
    ]);
    expect(only("the 22nd FIFA World Cup", "number").value).toBe(22);
    expect(only("It was Argentina's third title", "number").value).toBe(3);
    expect(only("the second held entirely in Asia", "number").value).toBe(2);
    expect(valuesOf("the first World Cup in the Arab world", "number")).toEqual([]);
    expect(only("every team scored at least one goal", "number")).toEqual({ kind: "number", value: 1, qualifier: "at least" });
  });

  it("reads ordinals and small counts in words", () => {
    expect(only("Ortiz was the third defendant convicted in the fraud case.", "number").value).toBe(3);
    expect(only("the bank's fourteenth branch", "number").value).toBe(14);
    expect(valuesOf("He faces a second-degree murder charge.", "number")).toEqual([]);
    expect(only("He shot his neighbour and two friends.", "number").value).toBe(2);
    expect(only("He pleaded guilty to one count of fraud.", "number").value).toBe(1);
    expect(only("One officer was injured.", "number").value).toBe(1);
    // "one" as a pronoun or an idiom counts nothing.
    for (const t of ["One of the guards fled.", "No one came.", "One day he left.", "one official said", "the one that got away"]) {
      expect(valuesOf(t, "number"), t).toEqual([]);
    }
  });

  it("makes a checkable clause with a small count a claim", () => {
    expect(detectClaims("Ortiz was the third defendant convicted in the fraud case.")).toHaveLength(1);
    expect(detectClaims("He was charged with one count of murder.")).toHaveLength(1);
    expect(detectClaims("Police said he killed his girlfriend and two friends.")).toHaveLength(1);
  });

  it("reads numbers with a unit of measure glued on, and multipliers", () => {
    expect(only("Temperatures reached 45C in Delhi.", "number").value).toBe(45);
    expect(only("a 10km race", "number").value).toBe(10);
    expect(only("a 30-fold increase", "number").value).toBe(30);
    expect(only("sales grew twice as fast", "number").value).toBe(2);
    expect(valuesOf("5G masts and 3D printers", "number")).toEqual([]);
  });

  it("ignores times of day and footnote markers", () => {
    expect(valuesOf("released at 8:30 a.m. in Asia.[4]", "number")).toEqual([]);
  });

  it("ignores model names and a lone 'one'", () => {
    expect(valuesOf("the F-16 fleet", "number")).toEqual([]);
    expect(valuesOf("one of the most dangerous nations", "number")).toEqual([]);
    expect(valuesOf("COVID-19 spread", "number")).toEqual([]);
  });
});

describe("percentages", () => {
  it("reads %, percent and per cent", () => {
    expect(only("turnout was 45%", "percent")).toEqual({ kind: "percent", value: 45 });
    expect(only("turnout was 45 percent", "percent")).toEqual({ kind: "percent", value: 45 });
    expect(only("inflation of 29.2 per cent", "percent")).toEqual({ kind: "percent", value: 29.2 });
    expect(only("almost forty percent of voters", "percent")).toEqual({ kind: "percent", value: 40, qualifier: "almost" });
  });

  it("marks percentage points", () => {
    expect(only("rates rose 2.5 percentage points", "percent")).toEqual({ kind: "percent", value: 2.5, unit: "percentage points" });
  });
});

describe("fractions", () => {
  it("reads fractions and proportions", () => {
    expect(only("inundated one-third of the country", "fraction")).toEqual({ kind: "fraction", value: 0.3333 });
    expect(only("two-thirds of members", "fraction").value).toBe(0.6667);
    expect(only("three-quarters of the budget", "fraction").value).toBe(0.75);
    expect(only("half of the population", "fraction").value).toBe(0.5);
    expect(only("two in five adults", "fraction").value).toBe(0.4);
    expect(only("9 out of 10 doctors", "fraction").value).toBe(0.9);
    expect(only("nearly a third of the land", "fraction")).toEqual({ kind: "fraction", value: 0.3333, qualifier: "nearly" });
  });

  it("does not read 'the first half of' as a fraction", () => {
    expect(valuesOf("in the first half of 2023", "fraction")).toEqual([]);
  });
});
