import { describe, expect, it } from "vitest";
import { extractValues } from "../../../lib/claims";
import { PUBLISHED, core, only, valuesOf } from "./helpers";

describe("absolute dates", () => {
  it("reads full dates in common styles", () => {
    expect(only("Washington, D.C., Dec. 14, 2023.", "date")).toEqual({ kind: "date", value: "2023-12-14", unit: "day" });
    expect(only("on 14 December 2023 they met", "date")).toEqual({ kind: "date", value: "2023-12-14", unit: "day" });
    expect(only("filed 2023-12-14 in court", "date")).toEqual({ kind: "date", value: "2023-12-14", unit: "day" });
    expect(only("on December 14, 2023, they met", "date")).toEqual({ kind: "date", value: "2023-12-14", unit: "day" });
    expect(only("on 12/14/2023", "date").value).toBe("2023-12-14");
  });

  it("resolves a day without a year against the publication date", () => {
    const [v] = extractValues("They met on December 14 in Washington.", { publishedAt: PUBLISHED });
    expect(v).toMatchObject({ kind: "date", value: "2023-12-14", unit: "day", relative: true });
    const [w] = extractValues("They met on December 14 in Washington.");
    expect(w).toMatchObject({ kind: "date", value: "December 14", relative: true });
  });

  it("reads month and year", () => {
    expect(only("In September 2022, it approved", "date")).toEqual({ kind: "date", value: "2022-09", unit: "month" });
    expect(only("in Sept. 2021", "date")).toEqual({ kind: "date", value: "2021-09", unit: "month" });
  });

  it("reads bare years in context", () => {
    for (const t of ["killed in 2009", "since 1979", "the 2022 floods", "a 2022 speech", "Since the 1979 Soviet invasion", "by 2030"]) {
      expect(only(t, "date").unit, t).toBe("year");
    }
    expect(only("the 2022 floods", "date").value).toBe("2022");
    expect(only("between 2019-20 budgets", "date").value).toBe("2019/2020");
  });

  it("does not read amounts or counts as years", () => {
    expect(valuesOf("It cost $2022 million.", "date")).toEqual([]);
    expect(valuesOf("It sent 2000 troops.", "date")).toEqual([]);
    expect(valuesOf("the 1500 soldiers", "date")).toEqual([]);
    expect(valuesOf("the F-2022 prototype", "date")).toEqual([]);
  });

  it("reads decades", () => {
    expect(only("in the 1990s", "date")).toEqual({ kind: "date", value: "1990s", unit: "decade" });
    expect(only("back in the ’80s", "date").value).toBe("1980s");
  });
});

describe("relative dates", () => {
  const rel = (t: string, p?: Date) => extractValues(t, { publishedAt: p }).filter((v) => v.kind === "date");

  it("resolves against the publication date", () => {
    expect(rel("Last year, he said", PUBLISHED)[0]).toMatchObject({ value: "2023", unit: "year", relative: true });
    expect(rel("earlier this year, he said", PUBLISHED)[0]).toMatchObject({ value: "2024", unit: "year", relative: true });
    expect(rel("last month they met", PUBLISHED)[0]).toMatchObject({ value: "2024-01", unit: "month", relative: true });
    expect(rel("Over a decade ago, he said", PUBLISHED)[0]).toMatchObject({
      value: "2014", unit: "year", qualifier: "over", relative: true,
    });
    expect(rel("two years ago", PUBLISHED)[0]).toMatchObject({ value: "2022", unit: "year" });
    expect(rel("yesterday", PUBLISHED)[0]).toMatchObject({ value: "2024-02-14", unit: "day" });
    expect(rel("last September", PUBLISHED)[0]).toMatchObject({ value: "2023-09", unit: "month" });
  });

  it("keeps the phrase when there is no publication date", () => {
    expect(core(rel("Last year, he said")[0])).toEqual({ kind: "date", value: "last year" });
    expect(rel("Last year, he said")[0].relative).toBe(true);
    expect(core(rel("Over a decade ago, he said")[0])).toEqual({ kind: "date", value: "a decade ago", qualifier: "over" });
  });

  it("keeps anaphoric phrases as written", () => {
    const [v] = rel("Almost a year later, both renewed it.", PUBLISHED);
    expect(v).toMatchObject({ kind: "date", value: "a year later", qualifier: "almost", relative: true });
  });

  it("uses UTC so the server time zone never shifts a date", () => {
    const late = new Date("2024-01-01T02:00:00Z"); // still Dec 31 in New York
    expect(rel("last year", late)[0].value).toBe("2023");
  });
});

describe("durations", () => {
  it("reads durations and converts decades", () => {
    expect(only("signed in 2005 for 15 years", "duration")).toEqual({ kind: "duration", value: 15, unit: "years" });
    expect(only("two decades of war", "duration")).toEqual({ kind: "duration", value: 20, unit: "years" });
    expect(only("during its 20 years of fight", "duration")).toEqual({ kind: "duration", value: 20, unit: "years" });
    expect(only("a 15-year agreement", "duration")).toEqual({ kind: "duration", value: 15, unit: "years" });
    expect(only("for six months", "duration")).toEqual({ kind: "duration", value: 6, unit: "months" });
    expect(only("talks lasted 48 hours", "duration")).toEqual({ kind: "duration", value: 48, unit: "hours" });
    expect(only("for more than three weeks", "duration")).toEqual({ kind: "duration", value: 3, unit: "weeks", qualifier: "more than" });
  });

  it("does not read ages, relative dates or rates as durations", () => {
    expect(valuesOf("a 45-year-old man", "duration")).toEqual([]);
    expect(valuesOf("two years ago", "duration")).toEqual([]);
    expect(valuesOf("a year later", "duration")).toEqual([]);
    expect(valuesOf("$5 billion a year", "duration")).toEqual([]);
    expect(valuesOf("for decades", "duration")).toEqual([]);
  });
});
