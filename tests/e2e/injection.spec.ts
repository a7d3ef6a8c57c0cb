import { marked } from "marked";
import { expect, test, type Page } from "@playwright/test";
import { XSS_PROBES } from "./xss-probes";
import { apiSignIn, signIn } from "./fixtures";

const probe = XSS_PROBES;
const joined = probe.join("\n");

/** Fails on any dialog: a probe that ran. */
function watchDialogs(page: Page): string[] {
  const fired: string[] = [];
  page.on("dialog", async (dialog) => {
    fired.push(dialog.message());
    await dialog.dismiss();
  });
  return fired;
}

async function expectLiteral(page: Page, probes: string[], where: string) {
  // The words as a reader sees them: screen-reader-only notes inside highlights left out.
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".visually-hidden").forEach((el) => el.remove());
    return copy.textContent ?? "";
  });
  const missing = probes.filter((p) => !text.includes(p));
  expect(missing, `${where}: probes not shown as literal text`).toEqual([]);
}

test("script-injection probes in every field show as literal text and never run", async ({ page, request }) => {
  test.setTimeout(180_000);
  await apiSignIn(request, "editor");

  // Article text and title.
  const body = ["Probe article", ...probe.map((p, i) => `Paragraph ${i + 1} says the city spent $${i + 1} million in 2024: ${p}`)].join("\n\n");
  const imported = await request.post("/api/articles", { data: { title: `Probe <script>alert("title")</script>`, body } });
  expect(imported.status()).toBe(201);
  const { slug } = (await imported.json()).article;
  const { claims } = await (await request.get(`/api/articles/${slug}/claims`)).json();
  const claim = claims[0];

  // Sources: javascript: and data: URLs are refused; probes go in titles, passages, URL queries and comments.
  for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", " JavaScript:alert(1)"]) {
    const refused = await request.post(`/api/claims/${claim.id}/citations`, { data: { url, title: "x", passage: "y", stance: "SUPPORTS" } });
    expect(refused.status(), url).toBe(422);
    expect((await refused.json()).error.fields.url).toBeTruthy();
  }
  for (const [i, p] of probe.slice(0, 8).entries()) {
    const cited = await request.post(`/api/claims/${claim.id}/citations`, {
      data: { url: `https://example.org/probe/${i}?q=${encodeURIComponent(p)}`, title: p, publisher: p, passage: `${p} and $1 million`, stance: "CONTRADICTS" },
    });
    expect(cited.status()).toBe(201);
  }
  expect((await request.post(`/api/claims/${claim.id}/comments`, { data: { body: joined } })).status()).toBe(201);
  expect((await request.post(`/api/claims/${claim.id}/flags`, { data: { kind: "OTHER", severity: "LOW", note: joined } })).status()).toBe(201);
  const { version } = await (await request.get(`/api/claims/${claim.id}`)).json();
  const reviewed = await request.patch(`/api/claims/${claim.id}`, {
    data: { version, verdict: "INACCURATE", rationale: joined, correction: joined, assigneeEmail: "editor@claimdesk.test" },
  });
  expect(reviewed.status()).toBe(200);

  const fired = watchDialogs(page);
  await signIn(page, "editor");
  await expectLiteral(page, [`Probe <script>alert("title")</script>`], "articles list");
  await page.goto(`/articles/${slug}`);
  await expectLiteral(page, probe, "article page");
  await page.goto(`/claims/${claim.id}`);
  await expectLiteral(page, probe, "claim page");
  await page.goto("/claims");
  await page.goto("/dashboard");
  await page.goto("/dashboard/claims");
  await page.goto(`/claims/${claims[1].id}`);

  // The exports a desk opens or publishes: HTML rendered as a browser would, Markdown rendered as a CMS would.
  const html = await (await request.get(`/api/articles/${slug}/report?format=html`)).text();
  expect(html).not.toMatch(/<script/i);
  await page.setContent(html);
  await expectLiteral(page, probe.slice(0, 5), "HTML report");
  const markdown = await (await request.get(`/api/articles/${slug}/report?format=md`)).text();
  await page.setContent(await marked.parse(markdown));
  await page.waitForTimeout(300);

  expect(fired).toEqual([]);
});
