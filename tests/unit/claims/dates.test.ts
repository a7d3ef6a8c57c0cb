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

  it("gives a day or month without a year the publication year (not a relative date)", () => {
    const dates = (t: string, p?: Date | null) => extractValues(t, { publishedAt: p }).filter((v) => v.kind === "date");
    const june = new Date("2026-08-05T00:00:00Z");
    expect(dates("at the summit on June 16", june)[0]).toMatchObject({ value: "2026-06-16", unit: "day" });
    expect(dates("at the summit on June 16", june)[0].relative).toBeUndefined();
    expect(dates("signed in February through the plan", june)[0]).toMatchObject({ value: "2026-02", unit: "month" });
    expect(dates("following the devastating June earthquakes", june)[0]).toMatchObject({ value: "2026-06", unit: "month" });
    // More than three months ahead of publication means the previous year.
    expect(dates("They met on December 14 in Washington.", PUBLISHED)[0].value).toBe("2023-12-14");
    // Without a publication date the year stays unknown ...
    expect(dates("They met on December 14 in Washington.")[0].value).toBe("December 14");
  });

  it("takes the year from the range a day opens, or from the year the text is about", () => {
    const dates = (t: string) => extractValues(t).filter((v) => v.kind === "date").map((v) => v.value);
    expect(dates("It took place in Qatar from 20 November to 18 December 2022.")).toEqual(["2022-11-20", "2022-12-18"]);
    expect(dates("He is in Manila, July 21-23, 2026.")[0]).toBe("2026-07-21");
    expect(dates("The 2022 World Cup ended on 18 December 2022. The event was held during November and December.")).toEqual([
      "2022", "2022-12-18", "2022-11", "2022-12",
    ]);
  });

  it("does not read the verb 'may' or a name as a month", () => {
    expect(valuesOf("Prices may rise.", "date")).toEqual([]);
    expect(valuesOf("The minister said May rates would rise.", "date")).toEqual([]);
    expect(valuesOf("She met April Jones.", "date")).toEqual([]);
  });

  it("reads month and year", () => {
    expect(only("In September 2022, it approved", "date")).toEqual({ kind: "date", value: "2022-09", unit: "month" });
    expect(only("in Sept. 2021", "date")).toEqual({ kind: "date", value: "2021-09", unit: "month" });
  });

  it("reads bare years in context", () => {
    for (const t of ["killed in 2009", "since 1979", "the 2022 floods", "a 2022 speech", "Since the 1979 Soviet invasion", "by 2030", "since early 2022", "for fiscal year 2026"]) {
      expect(only(t, "date").unit, t).toBe("year");
    }
    expect(only("the 2022 floods", "date").value).toBe("2022");
    expect(only("between 2019-20 budgets", "date").value).toBe("2019/2020");
  });

  it("reads a year-like number that closes a phrase as a year", () => {
    expect(only("(State Department and USAID, 2023)", "date").value).toBe("2023");
    expect(only("prices rose in Q3 2023.", "date").value).toBe("2023");
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

  it("resolves today, yesterday and weekdays to the day", () => {
    const thursday = new Date("2024-03-14T09:00:00Z");
    expect(rel("The council voted today to close the plant.", thursday)[0]).toMatchObject({
      kind: "date", value: "2024-03-14", unit: "day", relative: true, text: "today",
    });
    expect(rel("Two men were arrested yesterday.", thursday)[0]).toMatchObject({ value: "2024-03-13", unit: "day", relative: true });
    expect(rel("She resigned on Monday.", thursday)[0]).toMatchObject({ value: "2024-03-11", unit: "day", relative: true, text: "Monday" });
    // The weekday of publication is that day; AP style drops the "on".
    expect(rel("The agency said Thursday that 42 people died.", thursday)[0]).toMatchObject({ value: "2024-03-14", text: "Thursday" });
    expect(rel("He was released last night and flies home tomorrow.", thursday).map((v) => v.value)).toEqual(["2024-03-13", "2024-03-15"]);
    expect(rel("This morning the vote passed.", thursday)[0].value).toBe("2024-03-14");
  });

  it("leaves relative days unresolved without a publication date", () => {
    expect(core(rel("The council voted today.")[0])).toEqual({ kind: "date", value: "today" });
    expect(rel("The council voted today.")[0].relative).toBe(true);
    expect(core(rel("She resigned on Monday.")[0])).toEqual({ kind: "date", value: "Monday" });
  });

  it("prefers the date written after a weekday, and does not date the present", () => {
    expect(rel("The vote is on Monday, March 11, 2024.", PUBLISHED).map((v) => v.value)).toEqual(["2024-03-11"]);
    expect(rel("Today's economy is different.", PUBLISHED)).toEqual([]);
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
  it("reads the elapsed time in 'ago' and 'later' phrases alongside the date", () => {
    expect(valuesOf("Over a decade ago, he said", undefined, PUBLISHED)).toEqual([
      { kind: "date", value: "2014", unit: "year", qualifier: "over" },
      { kind: "duration", value: 10, unit: "years", qualifier: "over" },
    ]);
    expect(valuesOf("Almost a year later, both renewed it.", "duration")).toEqual([
      { kind: "duration", value: 1, unit: "years", qualifier: "almost" },
    ]);
  });

  it("keeps 'over' as a qualifier only where it hedges the length", () => {
    expect(only("the largest in over 20 years", "duration")).toEqual({ kind: "duration", value: 20, unit: "years", qualifier: "over" });
    expect(only("with over 70 years of experience", "duration").qualifier).toBe("over");
    expect(only("up to $850 million over five years", "duration")).toEqual({ kind: "duration", value: 5, unit: "years" });
  });

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
    expect(valuesOf("a 45-year-old man", "number")).toEqual([{ kind: "number", value: 45 }]);
    expect(valuesOf("$5 billion a year", "duration")).toEqual([]);
    expect(valuesOf("for decades", "duration")).toEqual([]);
  });
});
