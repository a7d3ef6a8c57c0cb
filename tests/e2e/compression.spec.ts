import { expect, test } from "@playwright/test";
import { DEMO_SLUG, apiSignIn } from "./fixtures";

// The server process compresses what Next.js writes (scripts/page-server.ts) in the encoding the browser prefers:
// pages, the payload of a client-side navigation and JSON must arrive compressed and whole.
test("pages, navigation payloads and JSON arrive compressed in the encoding asked for, and whole", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  await apiSignIn(request, "reviewer");
  const title = "The Centrality of Security in the Pakistan-US Relationship";

  const page = await request.get(`/articles/${DEMO_SLUG}`, { headers: { "accept-encoding": "gzip" } });
  expect(page.status()).toBe(200);
  expect(page.headers()["content-encoding"]).toBe("gzip");
  const html = await page.text();
  expect(html).toContain(title);
  expect(html.trimEnd().endsWith("</html>")).toBe(true);

  const claims = await request.get(`/api/articles/${DEMO_SLUG}/claims`, { headers: { "accept-encoding": "gzip" } });
  expect(claims.headers()["content-encoding"]).toBe("gzip");
  const { claims: list } = (await claims.json()) as { claims: { id: string; quote: string }[] };
  expect(list.length).toBeGreaterThan(10);
  // A quote the payload carries as written (JSON escapes quotation marks and backslashes).
  const claim = list.find((c) => !/["\\]/.test(c.quote))!;

  // What the browser asks for when a person clicks a highlight (a 307 to the right `_rsc` first).
  const navigation = await request.get(`/claims/${claim.id}`, { headers: { rsc: "1", "next-url": `/articles/${DEMO_SLUG}`, "accept-encoding": "br" } });
  expect(navigation.status()).toBe(200);
  expect(navigation.headers()["content-type"]).toContain("text/x-component");
  expect(navigation.headers()["content-encoding"]).toBe("br");
  expect(await navigation.text()).toContain(claim.quote);

  // Without asking for compression, nothing is compressed.
  const plain = await request.get(`/articles/${DEMO_SLUG}`, { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await plain.text()).toContain(title);
  await request.dispose();
});
