import { describe, expect, it } from "vitest";
import { RATING_VALUE, renderJsonLd } from "@/lib/reports/render-jsonld";
import { renderW3c } from "@/lib/reports/render-w3c";
import { APP, fixtureInput, fixtureReport } from "./fixture";
import { expectClaimReview, expectCorrectionComment } from "./jsonld-checks";

describe("schema.org JSON-LD", () => {
  const report = fixtureReport();
  const doc = JSON.parse(renderJsonLd(report));
  const graph: Record<string, any>[] = doc["@graph"];

  it("has a ClaimReview for every claim with a verdict, rated on the documented scale", () => {
    expect(doc["@context"]).toBe("https://schema.org");
    const reviews = graph.filter((n) => n["@type"] === "ClaimReview");
    expect(reviews.map((r) => r.url)).toEqual([`${APP}/claims/c-aid`, `${APP}/claims/c-trade`, `${APP}/claims/c-ships`]);
    reviews.forEach(expectClaimReview);
    expect(reviews.map((r) => [r.reviewRating.alternateName, r.reviewRating.ratingValue])).toEqual([
      ["Inaccurate", 1],
      ["Misleading", 2],
      ["Accurate", 5],
    ]);
    expect(reviews[0]).toMatchObject({ claimReviewed: "more than $200 billion", datePublished: "2024-03-03T15:30:00.000Z", author: { "@type": "Organization", name: "Claimdesk fact-checking desk" } });
    // The checked publication made the claim; the fact-checking desk wrote the review (issue #11).
    expect(reviews[0].itemReviewed.author).toMatchObject({ name: "The Diplomat" });
    expect(reviews[1]).toMatchObject({ claimReviewed: "$14 billion", creativeWorkStatus: "Draft", datePublished: "2024-03-04T08:00:00.000Z" });
    expect(reviews[0].itemReviewed.appearance.url).toBe("https://thediplomat.example/flood-aid");
    expect(Object.keys(RATING_VALUE).sort()).toEqual(["ACCURATE", "INACCURATE", "MISLEADING", "MOSTLY_ACCURATE", "UNVERIFIABLE"]);
  });

  it("attaches a CorrectionComment to the article for each signed-off correction", () => {
    const article = graph.find((n) => n["@type"] === "NewsArticle")!;
    expect(article).toMatchObject({ headline: "Flood aid & trade", url: "https://thediplomat.example/flood-aid", datePublished: "2024-01-31T00:00:00.000Z" });
    expect(article.correction).toHaveLength(1);
    article.correction.forEach(expectCorrectionComment);
    expect(article.correction[0]).toMatchObject({ datePublished: "2024-03-03T15:30:00.000Z", text: expect.stringContaining("more than $200 million in aid.”") });
  });
});

describe("W3C Web Annotation", () => {
  const report = fixtureReport();
  const doc = JSON.parse(renderW3c(report));
  const items: Record<string, any>[] = doc.first.items;
  const points = Array.from(fixtureInput().article.body);

  it("is an AnnotationCollection with one Annotation per claim", () => {
    expect(doc).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: 5, first: { type: "AnnotationPage" } });
    expect(items).toHaveLength(5);
    for (const item of items) {
      expect(item).toMatchObject({ type: "Annotation", id: expect.stringMatching(/^https:\/\//), target: { source: "https://thediplomat.example/flood-aid" } });
      expect(item.target.selector[0]).toMatchObject({ type: "TextQuoteSelector", exact: expect.any(String), prefix: expect.any(String), suffix: expect.any(String) });
    }
    // Each position, counted in code points, picks out exactly the quoted text.
    for (const item of items) {
      const [quote, position] = item.target.selector;
      if (position) expect(points.slice(position.start, position.end).join("")).toBe(quote.exact);
    }
  });

  it("says the verdict as an assessing body and the correction as an editing one", () => {
    const aid = items.find((i) => i.id.endsWith("/c-aid"))!;
    expect(aid.motivation).toBe("assessing");
    expect(aid.body).toEqual([
      { type: "TextualBody", purpose: "assessing", format: "text/plain", value: "Inaccurate: Official figures are in millions." },
      expect.objectContaining({ type: "TextualBody", purpose: "editing", value: expect.stringContaining("more than $200 million") }),
    ]);
    expect(items.find((i) => i.id.endsWith("/c-year"))!.motivation).toBe("highlighting");
  });

  it("counts TextPositionSelector offsets in code points, after astral characters", () => {
    const ships = items.find((i) => i.id.endsWith("/c-ships"))!;
    const claim = report.articles[0].claims.find((c) => c.id === "c-ships")!;
    const position = ships.target.selector.find((s: { type: string }) => s.type === "TextPositionSelector");
    // 🌊 and 😀 come before the claim: two code points fewer than UTF-16 units.
    expect(position).toEqual({ type: "TextPositionSelector", start: claim.start - 2, end: claim.end - 2 });
    expect(ships.target.selector[0]).toMatchObject({ exact: "5 ships", prefix: expect.stringContaining("😀") });
  });

  it("gives an orphaned claim only its quote", () => {
    const gone = items.find((i) => i.id.endsWith("/c-gone"))!;
    expect(gone.target.selector).toEqual([{ type: "TextQuoteSelector", exact: "a sentence since deleted", prefix: "before ", suffix: " after" }]);
  });
});
