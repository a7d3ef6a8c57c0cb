import { describe, expect, it } from "vitest";
import { pdfSafe, renderPdf } from "@/lib/reports/render-pdf";
import { fixtureReport } from "./fixture";
import { folded, pdfText } from "./pdf-text";

describe("PDF", () => {
  it("is a PDF whose extracted text has each correction, its evidence, the people and the notice", async () => {
    const report = fixtureReport();
    const bytes = await renderPdf(report);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text } = await pdfText(bytes);
    const [section] = report.articles;
    for (const c of section.corrections) {
      expect(text).toContain(folded(`“${c.originalWording}”`));
      expect(text).toContain(folded(`“${c.correction}”`));
      for (const e of c.evidence) expect(text).toContain(folded(e.passage));
    }
    expect(text).toContain("Signed off by: Ed Editor, 3 Mar 2024, 15:30 UTC");
    expect(text).toContain("1. Inaccurate, paragraph 2 (signed off)");
    expect(text).toContain(folded(section.notice!));
  });

  it("keeps Windows-1252 text and replaces what the standard fonts cannot draw", () => {
    expect(pdfSafe("“Café” — €5 naïve")).toBe("“Café” — €5 naïve");
    expect(pdfSafe("Őrs 😀 Łódź 北京")).toBe("Ors ? ?ódz ??");
  });
});
