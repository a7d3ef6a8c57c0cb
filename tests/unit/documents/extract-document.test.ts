import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { extractDocument } from "@/lib/documents/extract-document";
import { sniffKind } from "@/lib/documents/sniff";
import { buildBombDocx, buildDocx, buildPdf } from "@/tests/fixtures/evidence/build-documents";
import { refusal } from "../../refusal";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("sniffKind reads the bytes, not a name", () => {
  it.each([
    ["<!DOCTYPE html><html><body><p>x</p></body></html>", "html"],
    ["  <html lang=en><p>x</p></html>", "html"],
    ["<div><p>Fragment</p></div>", "html"],
    ["# Heading\n\nText with [a link](https://x.org).", "markdown"],
    ["Plain text about $200 million.\n\nSecond paragraph.", "text"],
    ["Rates rose 3% (see table 2) in 2023.", "text"],
  ])("%j is %s", (text, kind) => {
    expect(sniffKind(utf8(text))).toBe(kind);
  });

  it("refuses binary that is no supported type", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => sniffKind(png)).toThrow(/not a PDF, HTML, DOCX/);
    expect(() => sniffKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toThrow(/password-protected or old-format Word/);
  });
});

describe("extractDocument", () => {
  it("reads a PDF's pages as paragraphs and drops running heads and page numbers", async () => {
    const bytes = await buildPdf(
      [
        { heading: "Flood recovery", paragraphs: ["Since the 2022 floods the United States has provided more than $200 million in flood relief and recovery assistance to Pakistan, a figure that covers food, shelter and health care for families across the worst-hit districts."] },
        { paragraphs: ["Second page paragraph."] },
        { paragraphs: ["Third page paragraph."] },
      ],
      { title: "Aid report", runningHead: "U.S. assistance to Pakistan - fact report" },
    );
    const doc = await extractDocument(bytes);
    expect(doc.kind).toBe("pdf");
    expect(doc.pages).toBe(3);
    expect(doc.title).toBe("Aid report");
    expect(doc.text).toContain("more than $200 million in flood relief and recovery assistance to Pakistan, a figure that covers food");
    expect(doc.text.split("\n\n")).toEqual(expect.arrayContaining(["Flood recovery", "Second page paragraph.", "Third page paragraph."]));
    expect(doc.text).not.toContain("Page 2 of 3");
    expect(doc.text).not.toContain("fact report");
    expect(doc.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("keeps a data row that repeats on every page with other numbers: only page edges hold furniture", async () => {
    const pages = [1, 2, 3, 4].map((n) => ({ paragraphs: [`Opening paragraph ${n}.`, `In 20${10 + n}, the programme received $${n * 7} million and reached ${n * 1000} people.`, `Closing paragraph ${n}.`] }));
    const doc = await extractDocument(await buildPdf(pages, { runningHead: "Annual programme report" }));
    for (const n of [1, 2, 3, 4]) expect(doc.text).toContain(`the programme received $${n * 7} million`);
    expect(doc.text).not.toMatch(/Annual programme report|Page \d of 4/);
  });

  it("refuses an encrypted PDF and a damaged one", async () => {
    const locked = await buildPdf([{ paragraphs: ["Secret."] }], { userPassword: "pw" });
    expect((await refusal(extractDocument(locked))).message).toMatch(/password-protected/);
    const good = await buildPdf([{ paragraphs: ["Text."] }]);
    const damaged = good.slice(0, 400);
    const error = await refusal(extractDocument(damaged));
    expect(error.status).toBe(422);
    expect(error.fields?.file).toMatch(/PDF/);
  });

  it("reads HTML's article and its title, publisher and date", async () => {
    const html = `<!doctype html><html><head><title>Fact sheet | Agency</title>
      <meta property="og:site_name" content="U.S. Agency for Aid"><meta property="og:title" content="Flood response fact sheet">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-09-14T10:00:00-04:00","publisher":{"name":"USAID"}}</script></head>
      <body><nav><a href="/">Home</a> <a href="/about">About us</a></nav><main><article><h1>Flood response</h1>
      <p>The United States has provided more than $200 million in flood relief since August 2022, including food assistance for families displaced in Sindh and Balochistan provinces.</p>
      <p>Funding supports shelter, clean water and health services through local partners in the affected areas of the country.</p></article></main>
      <footer>Privacy policy · Accessibility · Contact</footer></body></html>`;
    const doc = await extractDocument(utf8(html));
    expect(doc).toMatchObject({ kind: "html", title: "Flood response fact sheet", publisher: "U.S. Agency for Aid", publishedAt: "2023-09-14" });
    expect(doc.text).toContain("more than $200 million in flood relief");
    expect(doc.text).not.toContain("Privacy policy");
  });

  it("reads a DOCX's paragraphs", async () => {
    const doc = await extractDocument(await buildDocx(["Memo on aid", "The package totals $450 million.", "It was approved in September 2022."]));
    expect(doc.kind).toBe("docx");
    expect(doc.text).toBe("Memo on aid\n\nThe package totals $450 million.\n\nIt was approved in September 2022.");
  });

  it("refuses a DOCX whose parts declare more than the inflation cap, before inflating", async () => {
    const bomb = await buildBombDocx(30 * 1024 * 1024);
    expect((await refusal(extractDocument(bomb))).message).toMatch(/zip bomb|inflate/);
  });

  it("refuses a DOCX whose declared sizes pass the cap, without inflating it", async () => {
    const declared = await buildBombDocx(2_000, 70 * 1024 * 1024);
    expect((await refusal(extractDocument(declared))).message).toMatch(/zip bomb|inflate to over/);
  });

  it("refuses a DOCX part that inflates past the size it declares", async () => {
    const liar = await buildBombDocx(4 * 1024 * 1024, 2_000);
    expect((await refusal(extractDocument(liar))).message).toMatch(/holds more than it declares/);
  });

  it("reads Markdown and plain text, and refuses empty, oversized and non-UTF-8 files", async () => {
    const md = await extractDocument(utf8("# Release\n\nAid rose **40%** in 2023, per [the report](https://x.org)."));
    expect(md).toMatchObject({ kind: "markdown", title: "Release" });
    expect(md.text).toBe("Release\n\nAid rose 40% in 2023, per the report.");
    const txt = await extractDocument(utf8("\uFEFFLine one.\r\n\r\n\r\n\r\nLine two.  \r\n"));
    expect(txt.text).toBe("Line one.\n\nLine two.");
    expect((await refusal(extractDocument(new Uint8Array(0)))).message).toMatch(/empty/);
    expect((await refusal(extractDocument(new Uint8Array([0x41, 0xff, 0xfe, 0x42])))).status).toBe(422);
    expect((await refusal(extractDocument(new Uint8Array(21 * 1024 * 1024)))).status).toBe(413);
  });

  it("names the url field for a fetched document", async () => {
    const error = await refusal(extractDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0]), { field: "url" }));
    expect(error.fields).toEqual({ url: expect.stringMatching(/not a PDF, HTML, DOCX/) });
  });

  it("refuses a zip that is not a Word document", async () => {
    const { default: JSZip } = await import("jszip");
    const zip = new JSZip();
    zip.file("a.txt", "hello");
    const bytes = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    expect((await refusal(extractDocument(bytes))).message).toMatch(/not a Word/);
  });
});
