import { describe, expect, it } from "vitest";
import { isoDay, readPageMetadata } from "@/lib/documents/html-metadata";

describe("readPageMetadata", () => {
  it("prefers Open Graph and article: tags", () => {
    const html = `<html><head><meta property="og:title" content="OG title"><meta property="og:site_name" content="The Paper">
      <meta property="article:published_time" content="2024-01-30T23:30:00-05:00"><title>Other</title></head><body></body></html>`;
    // The calendar date as written, not moved to UTC (which would make it the 31st).
    expect(readPageMetadata(html)).toEqual({ title: "OG title", publisher: "The Paper", publishedAt: "2024-01-30" });
  });

  it("falls back to JSON-LD (also inside @graph), then to <time>", () => {
    const ld = `<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"LD headline","datePublished":"2023-09-14","publisher":{"@type":"Organization","name":"LD Org"}}]}</script>`;
    expect(readPageMetadata(`<html><head>${ld}</head><body></body></html>`)).toEqual({ title: "LD headline", publisher: "LD Org", publishedAt: "2023-09-14" });
    const time = `<html><head><script type="application/ld+json">{ broken</script></head><body><article><time datetime="2022-08-29">Aug 29</time></article></body></html>`;
    expect(readPageMetadata(time)).toEqual({ title: null, publisher: null, publishedAt: "2022-08-29" });
  });

  it("reads Dublin Core and citation tags", () => {
    const html = `<html><head><meta name="DC.date" content="2021/03/05"><meta name="citation_publisher" content="Journal"></head><body></body></html>`;
    expect(readPageMetadata(html)).toMatchObject({ publisher: "Journal", publishedAt: "2021-03-05" });
  });

  it("turns written dates into YYYY-MM-DD and refuses nonsense", () => {
    expect(isoDay("March 5, 2021")).toBe("2021-03-05");
    expect(isoDay("not a date")).toBeNull();
    expect(isoDay(null)).toBeNull();
  });
});
