import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { escapeHtml, renderHtml } from "@/lib/reports/render-html";
import { escapeMarkdown, renderMarkdown } from "@/lib/reports/render-markdown";
import { renderJson } from "@/lib/reports/render-json";
import { fixtureReport, SCRIPT } from "./fixture";

describe("Markdown", () => {
  const md = renderMarkdown(fixtureReport());

  it("gives each correction's wording, paragraph, correction, evidence and people", () => {
    expect(md).toContain("# Corrections report");
    expect(md).toContain("## Flood aid \\& trade");
    expect(md).toContain("#### 1. Inaccurate, paragraph 2 (signed off)");
    expect(md).toContain("> more than $200 billion");
    expect(md).toContain("> more than $200 million");
    expect(md).toContain("#### 2. Misleading, paragraph 3 (awaiting sign-off)");
    expect(md).toContain("**Text now**\n\n> $12 billion");
    expect(md).toContain("- Contradicts: U.S. Relations With Pakistan (U.S. Department of State), <https://www.state.gov/u-s-relations-with-pakistan/>: “Since");
    expect(md).toContain("Signed off by: Ed Editor, 3 Mar 2024, 15:30 UTC");
    expect(md).toContain("Correction applied to the text: yes");
    expect(md).toContain("| Inaccurate | 1 |");
    expect(md).toContain("> Correction, 5 Mar 2024");
  });

  it("escapes text so it cannot become markup", () => {
    expect(escapeMarkdown("*a* [b](c) <i> 1. x")).toBe("\\*a\\* \\[b\\](c) \\<i\\> 1. x");
    expect(escapeMarkdown("- item\n2. two")).toBe("\\- item\n2\\. two");
    const hostile = renderMarkdown(fixtureReport({ hostile: true }));
    expect(hostile).not.toMatch(/(^|[^\\])<script/im);
    // Rendered by a real Markdown engine, the escaped tag stays text.
    const rendered = marked.parse(hostile, { async: false });
    expect(rendered).not.toMatch(/<script/i);
    expect(rendered).toContain("&lt;script&gt;");
  });
});

describe("HTML", () => {
  const report = fixtureReport({ hostile: true });
  const html = renderHtml(report);

  it("escapes the script tag in every text field and carries no script of its own", () => {
    expect(html).not.toMatch(/<script/i);
    const [section] = report.articles;
    const texts = [
      section.article.title,
      section.article.publication!,
      ...section.corrections.flatMap((c) => [
        c.originalWording,
        c.quote,
        c.rationale!,
        c.correction!,
        c.reviewedBy!.name,
        ...(c.signedOffBy ? [c.signedOffBy.name] : []),
        ...c.issues.flatMap((i) => [i.note, i.resolutionNote ?? ""]),
        ...c.evidence.flatMap((e) => [e.passage, e.title, e.publisher ?? ""]),
      ]),
    ].filter(Boolean);
    for (const text of texts) {
      expect(text).toContain(SCRIPT);
      expect(html).toContain(escapeHtml(text));
    }
  });

  it("is a standalone print-ready page", () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("@page { size: A4");
    expect(html).toContain("@media print");
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<link|<img|<iframe|\son\w+=/i);
  });

  it("links only http(s) addresses", () => {
    expect(html).toContain('<a href="https://www.state.gov/u-s-relations-with-pakistan/">');
  });
});

describe("JSON", () => {
  it("parses back to the report, without the article's full claim list", () => {
    const report = fixtureReport();
    const parsed = JSON.parse(renderJson(report));
    expect(parsed).toMatchObject({ format: "claimdesk-corrections-report", formatVersion: 1, title: report.title, summary: report.summary });
    expect(parsed.articles[0].claims).toBeUndefined();
    expect(parsed.articles[0].corrections).toEqual(JSON.parse(JSON.stringify(report.articles[0].corrections)));
    expect(parsed.articles[0].notice).toBe(report.articles[0].notice);
  });
});
