import { describe, expect, it } from "vitest";
import { buildSnippet } from "@/lib/search/snippet";
import { fts5Query, searchTokens, tsQuery } from "@/lib/search/query";

describe("search query and snippets", () => {
  it("reduces a query to words both databases tokenize alike, so no syntax reaches them", () => {
    expect(searchTokens('F-16 "OR" NEAR(x*)')).toEqual(["f", "16", "or", "near", "x"]);
    expect(fts5Query(["f", "16"])).toBe('"f" "16"');
    expect(tsQuery(["f", "16"])).toBe("f & 16");
    expect(searchTokens("—*()")).toEqual([]);
  });

  it("cuts a window around the first hit and gives each hit's offsets in it", () => {
    const text = `${"Lorem ipsum dolor sit amet. ".repeat(10)}Pakistan received F-16 jets in 2010.${" More text follows.".repeat(10)}`;
    const s = buildSnippet(text, ["f", "16"]);
    expect(s.text.startsWith("…")).toBe(true);
    expect(s.text.endsWith("…")).toBe(true);
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(["F", "16"]);
  });

  it("keeps offsets right after collapsing whitespace", () => {
    const s = buildSnippet("Jets\n\n\n  and   more jets", ["jets"]);
    expect(s.text).toBe("Jets and more jets");
    expect(s.highlights).toEqual([[0, 4], [14, 18]]);
  });
});
