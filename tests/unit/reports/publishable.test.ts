import { describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/reports/render-pdf";
import { renderMarkdown } from "@/lib/reports/render-markdown";
import { renderHtml } from "@/lib/reports/render-html";
import { renderCsv } from "@/lib/reports/render-csv";
import { renderJsonLd } from "@/lib/reports/render-jsonld";
import { assembleReport } from "@/lib/reports/assemble";
import { fixtureInput, fixtureReport, NOW } from "./fixture";
import { pdfPages } from "./pdf-text";

const ORG = { name: "Example Fact Check", url: "https://factcheck.example.org" };

/** The fixture with many corrections, so the PDF runs over several pages. */
function longReport() {
  const report = fixtureReport();
  report.organization = ORG;
  const [a] = report.articles;
  report.articles[0] = { ...a, corrections: Array.from({ length: 7 }, (_, i) => a.corrections.map((c) => ({ ...c, id: `${c.id}-${i}` }))).flat() };
  return report;
}

describe("a report fit to publish", () => {
  it("PDF: one type family, the organization in every page's header, page numbers", async () => {
    const { pages, fonts } = await pdfPages(await renderPdf(longReport()));
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, i) => {
      expect(text).toContain("Example Fact Check · Corrections report");
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    expect([...fonts].every((f) => /sans-serif/i.test(f))).toBe(true);
  });

  it("PDF: the notice moves whole to a page, never leaving its closing line alone", async () => {
    const { pages } = await pdfPages(await renderPdf(longReport()));
    const last = pages[pages.length - 1];
    expect(last).toContain("Correction notice");
    expect(last).toContain("We regret the error.");
    expect(pages.filter((p) => p.includes("We regret the error."))).toHaveLength(1);
  });

  it("Markdown, HTML and PDF carry the same notice text", async () => {
    const report = fixtureReport();
    const notice = report.articles[0].notice!;
    const sentence = notice.split("\n\n")[1];
    expect(renderMarkdown(report)).toContain(`> ${sentence.replace(/\$/g, "$").replace(/[\\`*_{}[\]<>#|~&]/g, (c) => `\\${c}`)}`);
    expect(renderHtml(report)).toContain(`<p>${sentence.replace(/&/g, "&amp;")}</p>`);
    const { pages } = await pdfPages(await renderPdf(report));
    expect(pages.join(" ")).toContain(sentence);
  });

  it("is signed by the organization and never names the checked publication as the reviewer", () => {
    const report = fixtureReport();
    report.organization = ORG;
    expect(renderMarkdown(report)).toContain("Signed by Example Fact Check (https://factcheck.example.org).");
    expect(renderHtml(report)).toContain('Signed by <a href="https://factcheck.example.org">Example Fact Check</a>.');
    const graph = JSON.parse(renderJsonLd(report))["@graph"] as { "@type": string; author?: unknown }[];
    for (const review of graph.filter((n) => n["@type"] === "ClaimReview"))
      expect(review.author).toEqual({ "@type": "Organization", name: "Example Fact Check", url: "https://factcheck.example.org" });
  });

  it("CSV: an article without its own address is linked at its page in Claimdesk", () => {
    const { article, claims } = fixtureInput();
    const report = assembleReport({ articles: [{ ...article, url: null }], claims, appUrl: "https://claims.example.org", now: NOW });
    const csv = renderCsv(report);
    expect(csv).toContain("https://claims.example.org/articles/flood-aid");
    expect(csv).not.toContain("localhost");
  });
});

describe("an editor's wording of the notice", () => {
  const WORDING = "We said the United States gave more than $200 billion in flood aid; it gave about $200 million.";

  function reworded() {
    const { article, claims } = fixtureInput();
    const edited = claims.map((c) => (c.id === "c-aid" ? { ...c, notice: WORDING } : c));
    return assembleReport({ articles: [article], claims: edited, appUrl: "https://desk.example/", now: NOW });
  }

  it("replaces the generated line, and the notice keeps its date and closing", () => {
    expect(reworded().articles[0].notice).toBe(["Correction, 5 Mar 2024", WORDING, "We regret the error."].join("\n\n"));
  });

  it("reaches Markdown, HTML and PDF alike", async () => {
    const report = reworded();
    expect(renderMarkdown(report)).toContain(`> ${WORDING}`);
    expect(renderHtml(report)).toContain(`<p>${WORDING}</p>`);
    const { pages } = await pdfPages(await renderPdf(report));
    expect(pages.join(" ")).toContain(WORDING);
  });
});
