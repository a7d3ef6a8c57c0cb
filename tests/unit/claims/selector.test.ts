import { describe, expect, it } from "vitest";
import { MAX_PREFIX, quoteSelector } from "../../../lib/claims";

describe("quoteSelector", () => {
  const text = "In September 2022, the Biden administration approved a $450 million package for the sustainment of Pakistan’s F-16 fleet.";

  it("returns the quote with up to 32 characters of context on each side", () => {
    const start = text.indexOf("$450");
    const end = start + "$450 million".length;
    const sel = quoteSelector(text, start, end);
    expect(MAX_PREFIX).toBe(32);
    expect(sel.quote).toBe("$450 million");
    expect(sel.prefix).toBe(text.slice(start - 32, start));
    expect(sel.suffix).toBe(text.slice(end, end + 32));
  });

  it("clips the context at the ends of the text", () => {
    expect(quoteSelector(text, 0, 2)).toEqual({ quote: "In", prefix: "", suffix: text.slice(2, 34) });
    const sel = quoteSelector(text, text.length - 6, text.length);
    expect(sel.suffix).toBe("");
    expect(sel.quote).toBe("fleet.");
  });

  it("clamps out-of-range offsets", () => {
    expect(quoteSelector("abc", -5, 99)).toEqual({ quote: "abc", prefix: "", suffix: "" });
    expect(quoteSelector("abc", 2, 1)).toEqual({ quote: "", prefix: "ab", suffix: "c" });
  });

  it("never splits a surrogate pair", () => {
    const t = "😀".repeat(20) + "claim" + "😀".repeat(20);
    const start = t.indexOf("claim");
    const sel = quoteSelector(t, start, start + 5);
    expect(sel.prefix + sel.quote + sel.suffix).toBe(t.slice(start - sel.prefix.length, start + 5 + sel.suffix.length));
    expect(/^[\uDC00-\uDFFF]/.test(sel.prefix)).toBe(false);
    expect(/[\uD800-\uDBFF]$/.test(sel.suffix)).toBe(false);
  });
});
