import { expect } from "vitest";

// The properties Google's fact-check markup and schema.org require of each type, checked on the parsed output.
export function expectClaimReview(node: Record<string, any>) {
  expect(node["@type"]).toBe("ClaimReview");
  expect(typeof node.claimReviewed).toBe("string");
  expect(node.url ?? node.itemReviewed).toBeTruthy();
  expect(node.author).toMatchObject({ "@type": expect.stringMatching(/^(Organization|Person)$/), name: expect.any(String) });
  expect(Number.isNaN(Date.parse(node.datePublished))).toBe(false);
  const rating = node.reviewRating;
  expect(rating).toMatchObject({ "@type": "Rating", bestRating: 5, worstRating: 1, alternateName: expect.any(String) });
  expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
  expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
  expect(node.itemReviewed).toMatchObject({ "@type": "Claim", appearance: { url: expect.any(String) } });
}

export function expectCorrectionComment(node: Record<string, any>) {
  expect(node["@type"]).toBe("CorrectionComment");
  expect(typeof node.text).toBe("string");
  expect(Number.isNaN(Date.parse(node.datePublished))).toBe(false);
}
