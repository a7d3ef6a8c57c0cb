import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// Issue #14's "done when": a second article repeating the demo's claims shows each repeat with the demo's
// verdict and evidence, a conflicting one is flagged, and search finds "F-16" across both.
const REPEAT = [
  "Pakistan's jets, again",
  "",
  "In September 2022, the Biden administration approved a $450 million package for the sustainment of Pakistan’s F-16 fleet, officials said.",
  "",
  "In September 2022, the Biden administration approved a $900 million package for the sustainment of Pakistan’s F-16 fleet.",
].join("\n");

test("a second article's repeated claims show the demo's check, a conflict is flagged, and search finds F-16 in both", async ({ page }) => {
  await signIn(page, "editor");
  const created = await page.request.post("/api/articles", { data: { title: `Pakistan's jets, again ${Date.now()}`, body: REPEAT } });
  expect(created.status()).toBe(201);
  const { article } = (await created.json()) as { article: { slug: string } };
  const { claims } = (await (await page.request.get(`/api/articles/${article.slug}/claims`)).json()) as { claims: Array<{ id: string; quote: string }> };

  const repeat = claims.find((c) => c.quote.includes("$450 million"))!;
  // The import answers before the matching job has run; its matches arrive a moment later.
  const readMatches = async () => ((await (await page.request.get(`/api/claims/${repeat.id}/matches`)).json()) as { matches: Array<{ articleSlug: string; relation: string }> }).matches;
  await expect.poll(readMatches, { timeout: 15_000 }).not.toEqual([]);
  expect((await readMatches())[0]).toMatchObject({ articleSlug: "centrality-of-security-pakistan-us", relation: "SAME" });

  await page.goto(`/claims/${repeat.id}`);
  const section = page.getByRole("region", { name: "Checked before" });
  await expect(section).toContainText("Same claim");
  await expect(section).toContainText("Verdict:");
  await section.getByRole("button", { name: "Confirm match" }).first().click();
  await expect(section).toContainText("(confirmed)");
  await section.getByRole("button", { name: "Reuse evidence" }).first().click();
  await expect(section.getByText("Evidence copied; the checks ran.")).toBeVisible();
  const detail = (await (await page.request.get(`/api/claims/${repeat.id}`)).json()) as { claim?: { citations: unknown[] }; citations?: unknown[] };
  expect((detail.claim?.citations ?? detail.citations ?? []).length).toBeGreaterThan(0);

  const conflict = claims.find((c) => c.quote.includes("$900 million"))!;
  const flags = (await (await page.request.get(`/api/claims/${conflict.id}`)).json()) as { claim?: { flags: Array<{ note: string }> }; flags?: Array<{ note: string }> };
  const notes = (flags.claim?.flags ?? flags.flags ?? []).map((f) => f.note).join(" ");
  expect(notes).toMatch(/different value or date/);

  await page.goto("/articles");
  // "/" works once the page has hydrated; a person pressing it earlier simply presses again.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(page.getByRole("searchbox", { name: "Search the desk" })).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.type("F-16");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=F-16/);
  const results = page.getByRole("list").filter({ has: page.locator("mark") });
  await expect(results.getByRole("link", { name: /Pakistan's jets, again/ }).first()).toBeVisible();
  await expect(results.getByRole("link", { name: /Centrality of Security/i }).first()).toBeVisible();
});
