import { describe, expect, it } from "vitest";
import { layoutArticle, paragraphNumberAt, pickNonOverlapping } from "@/lib/anchoring/layout";
import { quoteSelector } from "@/lib/claims";

const body = "Title\n\nFirst paragraph with $450 million in it.\n\nSecond one, 2009.";

describe("article layout", () => {
  it("cuts paragraphs at claim boundaries and keeps every offset exact", () => {
    const start = body.indexOf("$450 million");
    const paragraphs = layoutArticle(body, [{ id: "a", start, end: start + 12 }]);
    expect(paragraphs.map((p) => p.index)).toEqual([1, 2, 3]);
    const pieces = paragraphs[1].pieces;
    expect(pieces.map((p) => p.text).join("")).toBe("First paragraph with $450 million in it.");
    expect(pieces.find((p) => p.claimId === "a")).toMatchObject({ text: "$450 million", first: true, start });
    for (const paragraph of paragraphs) for (const piece of paragraph.pieces) expect(body.slice(piece.start, piece.end)).toBe(piece.text);
  });

  it("continues a claim that spans a paragraph break without a second link", () => {
    const start = body.indexOf("in it.");
    const end = body.indexOf(", 2009");
    const paragraphs = layoutArticle(body, [{ id: "x", start, end }]);
    const marked = paragraphs.flatMap((p) => p.pieces).filter((p) => p.claimId === "x");
    expect(marked.map((p) => p.first)).toEqual([true, false]);
  });

  it("leaves overlapping claims out of the highlights, reported separately", () => {
    const { placed, overlapping } = pickNonOverlapping([
      { id: "a", start: 0, end: 10 },
      { id: "b", start: 5, end: 15 },
      { id: "c", start: 10, end: 12 },
    ]);
    expect(placed.map((s) => s.id)).toEqual(["a", "c"]);
    expect(overlapping.map((s) => s.id)).toEqual(["b"]);
  });

  it("numbers paragraphs from 1 and gives 0 for blank space", () => {
    expect(paragraphNumberAt(body, body.indexOf("$450"))).toBe(2);
    expect(paragraphNumberAt(body, body.indexOf("2009"))).toBe(3);
    expect(paragraphNumberAt(body, 5)).toBe(0);
  });
});

describe("quote selectors", () => {
  it("keeps up to 32 characters of context and the exact quote", () => {
    const text = "x".repeat(50) + "QUOTE" + "y".repeat(50);
    expect(quoteSelector(text, 50, 55)).toEqual({ quote: "QUOTE", prefix: "x".repeat(32), suffix: "y".repeat(32) });
    expect(quoteSelector("ab QUOTE cd", 3, 8)).toEqual({ quote: "QUOTE", prefix: "ab ", suffix: " cd" });
  });
});
