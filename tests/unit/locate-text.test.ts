import { describe, expect, it } from "vitest";
import { locateText } from "@/lib/anchoring/locate-text";

const body = "Aid was $5 million. Trade was $9 billion. Aid was $5 million.";

describe("locating a person's chosen words", () => {
  it("uses the selection's offsets when they match", () => {
    expect(locateText(body, "Aid was $5 million", { start: 42, end: 60 })).toEqual({ ok: true, start: 42, end: 60 });
  });
  it("finds words that appear once", () => {
    expect(locateText(body, "$9 billion")).toEqual({ ok: true, start: 30, end: 40 });
  });
  it("asks for a selection when the words appear twice, and refuses words not in the text", () => {
    expect(locateText(body, "Aid was $5 million")).toMatchObject({ ok: false, message: expect.stringContaining("more than once") });
    expect(locateText(body, "$10 billion")).toMatchObject({ ok: false, message: expect.stringContaining("not in the article") });
    expect(locateText(body, "  ")).toMatchObject({ ok: false });
  });
});
