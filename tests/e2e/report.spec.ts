import { expect, test } from "@playwright/test";
import { DEMO_SLUG, signIn } from "./fixtures";

const KNOWN = "md, html, csv, json, pdf, jsonld, w3c";

test("the demo editor downloads the article's corrections report", async ({ page }) => {
  await signIn(page, "editor");
  const md = await page.request.get(`/api/articles/${DEMO_SLUG}/report?format=md`);
  expect(md.status()).toBe(200);
  expect(md.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(md.headers()["content-disposition"]).toMatch(new RegExp(`^attachment; filename="claimdesk-corrections-${DEMO_SLUG}-\\d{4}-\\d{2}-\\d{2}\\.md"$`));
  const text = await md.text();
  expect(text).toContain("# Corrections report");
  expect(text).toContain("## The Centrality of Security in the Pakistan-US Relationship");
  expect(text).toContain("### Summary");

  // The PDF comes from pdfkit inside the production build: its font files must be found at run time.
  const pdf = await page.request.get(`/api/articles/${DEMO_SLUG}/report?format=pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const csv = await page.request.get(`/api/articles/${DEMO_SLUG}/report?format=csv`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await csv.text()).replace(/^\ufeff/, "")).toMatch(/^"article_slug","article_title",/);

  const range = await page.request.get("/api/reports?format=json&from=2024-01-01&to=2024-01-31");
  expect(range.status()).toBe(200);
  expect((await range.json()).articles.map((a: { article: { slug: string } }) => a.article.slug)).toEqual([DEMO_SLUG]);
});

test("an unknown format gets 400 listing the known ones", async ({ page }) => {
  await signIn(page, "editor");
  for (const query of ["?format=nope", ""]) {
    const response = await page.request.get(`/api/articles/${DEMO_SLUG}/report${query}`);
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body).toEqual({ error: { code: "MALFORMED", message: expect.stringContaining(`Known formats: ${KNOWN}`), fields: { format: expect.any(String) } } });
  }
  const missing = await page.request.get("/api/articles/no-such-article/report?format=md");
  expect(missing.status()).toBe(404);
  const dates = await page.request.get("/api/reports?format=md&from=2024-02-30&to=2024-03-01");
  expect(dates.status()).toBe(400);
  expect((await dates.json()).error.fields).toEqual({ from: "No such date." });
});

test("an anonymous request for a report gets 401", async ({ request }) => {
  const response = await request.get(`/api/articles/${DEMO_SLUG}/report?format=md`);
  expect(response.status()).toBe(401);
});
