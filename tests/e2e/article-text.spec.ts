import { expect, test } from "@playwright/test";
import { DEMO_SLUG, signIn } from "./fixtures";
import { navigationRequest } from "../../bench/navigation";

// The article's text rides with a full page load only: a client-side navigation is sent the highlights, and the
// browser lays them over the text it kept (app/ui/article-body.ts) or reads the text once from the JSON API.

const text = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Article text" });

test("moving from the article to a claim sends the highlights, not the text again, and the text stays whole", async ({ page }) => {
  await signIn(page, "reviewer", `/articles/${DEMO_SLUG}`);
  await expect(text(page).locator("a[data-claim]").first()).toBeVisible();
  // Hydrated: before that, a click is a plain page load.
  await expect.poll(() => text(page).evaluate((el) => Object.keys(el).some((key) => key.startsWith("__react")))).toBe(true);
  const shown = (await text(page).textContent())!;
  // A long run of plain text (no claim in it): a piece of the article that only its text carries.
  const plain = await text(page).evaluate((el) => [...el.querySelectorAll("p > span[data-start]")].map((s) => s.textContent ?? "").sort((a, b) => b.length - a.length)[0]);
  expect(plain.length).toBeGreaterThan(80);

  const highlight = text(page).locator("a[data-claim]").nth(2);
  const claimId = (await highlight.getAttribute("data-claim"))!;
  // The payload of that client-side navigation, asked for by the page itself so that Chromium adds its own
  // Fetch Metadata, as it does to the router's request (a streamed fetch's body is not kept for Playwright).
  const navigation = await navigationRequest("", `/articles/${DEMO_SLUG}`, `/claims/${claimId}`);
  const payload = await page.evaluate(async ({ url, headers }) => (await fetch(url, { headers })).text(), navigation);
  expect(payload).toContain(claimId);
  expect(payload).not.toContain(plain.slice(0, 80));

  const textReads: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith(`/api/articles/${DEMO_SLUG}`)) textReads.push(request.url());
  });
  await highlight.click();
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
  await expect(text(page)).toHaveText(shown);
  const active = text(page).locator(`a[data-claim="${claimId}"]`);
  await expect(active).toHaveAttribute("aria-current", "true");
  // The text came from the tab's memory, not from another read.
  expect(textReads).toEqual([]);
});

test("a claim reached from a page without the text reads it once, shows its highlight and brings it into view", async ({ page }) => {
  await signIn(page, "reviewer", "/search?q=F-16");
  const results = page.locator("ol.search-results");
  const result = results.locator('a[href^="/claims/"]').first();
  await expect(result).toBeVisible();
  await expect.poll(() => results.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__react")))).toBe(true);
  const href = (await result.getAttribute("href"))!;
  const read = page.waitForResponse((r) => r.url().endsWith(`/api/articles/${DEMO_SLUG}`) && r.request().method() === "GET");
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  expect((await read).status()).toBe(200);
  const active = text(page).locator(`a[data-claim="${href.split("/").pop()}"]`);
  await expect(active).toHaveAttribute("aria-current", "true");
  await expect(active).toBeInViewport();
});
