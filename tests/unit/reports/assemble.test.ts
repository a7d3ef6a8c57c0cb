import { describe, expect, it } from "vitest";
import { paragraphNumberAt } from "@/lib/anchoring/layout";
import { codePointOffsets, paragraphLocator } from "@/lib/reports/positions";
import { fixtureReport, NOW } from "./fixture";
import { correctionSentence } from "@/lib/reports/notice";

describe("assembling the report", () => {
  const report = fixtureReport();
  const [section] = report.articles;
  const byId = (id: string) => section.claims.find((c) => c.id === id)!;

  it("lists the inaccurate and misleading claims in reading order, signed off or not", () => {
    expect(section.corrections.map((c) => [c.id, c.verdict, c.signedOff])).toEqual([
      ["c-aid", "INACCURATE", true],
      ["c-trade", "MISLEADING", false],
    ]);
  });

  it("gives the original wording, the paragraph and whether the correction was applied", () => {
    const [aid, trade] = section.corrections;
    expect(aid).toMatchObject({ originalWording: "more than $200 billion", quote: "more than $200 billion", paragraph: 2, correctionApplied: false });
    expect(trade).toMatchObject({ originalWording: "$14 billion", quote: "$12 billion", paragraph: 3, correctionApplied: true });
    expect(aid.values).toEqual(["more than 200,000,000,000 USD"]);
  });

  it("names the latest verdict's proposer as reviewer and the editor who signed off", () => {
    const [aid, trade] = section.corrections;
    expect(aid.reviewedBy?.name).toBe("Riya Reviewer");
    expect(aid.reviewedAt).toBe("2024-03-02T10:00:00.000Z");
    expect(aid).toMatchObject({ signedOffBy: { name: "Ed Editor" }, signedOffAt: "2024-03-03T15:30:00.000Z" });
    expect(trade).toMatchObject({ signedOffBy: null, signedOffAt: null });
  });

  it("says what is wrong from the rationale and the open and resolved flags, not the dismissed ones", () => {
    const [aid, trade] = section.corrections;
    expect(aid.issues.map((i) => i.status)).toEqual(["OPEN"]);
    expect(aid.whatIsWrong).toBe("Official figures are in millions.\nNumber mismatch (high, open when signed off; no reason was recorded): The source says $200 million: 1,000× less.");
    expect(trade.whatIsWrong).toContain("Resolution: Explained by services.");
  });

  it("sums claims checked by verdict", () => {
    expect(section.summary).toEqual({
      totalClaims: 5,
      claimsChecked: 3,
      byVerdict: { ACCURATE: 1, MOSTLY_ACCURATE: 0, MISLEADING: 1, INACCURATE: 1, UNVERIFIABLE: 0 },
      corrections: 2,
      signedOffCorrections: 1,
      pendingCorrections: 1,
      appliedCorrections: 1,
    });
    expect(report.summary).toEqual(section.summary);
  });

  it("writes a notice with the signed-off corrections only", () => {
    expect(section.notice).toBe(
      [
        "Correction, 5 Mar 2024",
        // Whole sentences; "an earlier version" only once the correction is applied to the text.
        "This article says: “In the wake of the 2022 floods, the United States has provided more than $200 billion in aid.” This is inaccurate. It should say: “In the wake of the 2022 floods, the United States has provided more than $200 million in aid.”",
        "We regret the error.",
      ].join("\n\n"),
    );
    expect(report.generatedAt).toBe(NOW.toISOString());
  });

  it("quotes the applied correction as the text now reads, after the earlier version", () => {
    const trade = section.corrections.find((c) => c.id === "c-trade")!;
    expect(trade.correctionApplied).toBe(true);
    expect(trade.originalSentence).toContain(trade.originalWording);
    expect(trade.correctedSentence).toContain(trade.quote);
    expect(correctionSentence(trade)).toMatch(/^An earlier version of this article said: “.+” This was misleading\. It now reads: “.+”$/);
  });

  it("counts positions in code points and leaves orphaned claims without one", () => {
    const ships = byId("c-ships");
    expect(ships.start - ships.position!.start).toBe(2); // 🌊 and 😀 each take two UTF-16 units
    expect(byId("c-gone")).toMatchObject({ position: null, paragraph: 0, prefix: "before ", suffix: " after" });
  });
});

describe("positions", () => {
  const body = "a😀b\n\n  \nc𝄞d é\n\nlast paragraph 🌊 x";

  it("converts UTF-16 indices to code point counts in one pass", () => {
    const indices = [...body].map((_, i) => i).concat([0, body.length]);
    const map = codePointOffsets(body, indices.filter((i) => i <= body.length));
    for (const [unit, points] of map) if (unit === 0 || !/[\udc00-\udfff]/.test(body[unit])) expect(points).toBe(Array.from(body.slice(0, unit)).length);
  });

  it("places offsets in paragraphs exactly as paragraphNumberAt does", () => {
    const locate = paragraphLocator(body);
    for (let offset = 0; offset <= body.length + 1; offset++) expect(locate(offset)).toBe(paragraphNumberAt(body, offset));
  });
});
