import { expect, test } from "@playwright/test";
import { DEMO_SLUG, signIn } from "./fixtures";
import { expectNoSeriousViolations } from "./axe";

test("no serious or critical axe violation on any page", async ({ page, browser }) => {
  // Fourteen full axe scans: about 40 s on a quiet two-core machine, over a minute on a busy one.
  test.setTimeout(150_000);
  await page.goto("/login");
  await expectNoSeriousViolations(page, "login");
  await signIn(page, "reviewer");
  await expectNoSeriousViolations(page, "articles");
  await page.goto(`/articles/${DEMO_SLUG}`);
  await expectNoSeriousViolations(page, "article");
  await page.getByRole("region", { name: "Article text" }).getByRole("link", { name: /\$450 million/ }).click();
  await page.getByText("Attach a source").click();
  await expectNoSeriousViolations(page, "claim");
  // The evidence finder with its three ways to add a document and a list of passages (or none).
  const finder = page.getByRole("region", { name: "Find evidence" });
  await finder.getByLabel("Paste text").check();
  await finder.getByLabel("Title", { exact: true }).fill("Accessibility notes");
  await finder.getByLabel("Text", { exact: true }).fill("The agency paid $450 million in 2021 for the new bridge.");
  await finder.getByRole("button", { name: "Keep pasted text" }).click();
  await expect(finder.getByRole("status").first()).toContainText("passages found");
  await expectNoSeriousViolations(page, "evidence finder");
  await page.goto("/dashboard");
  await expectNoSeriousViolations(page, "dashboard");
  await page.goto("/dashboard/claims");
  await expectNoSeriousViolations(page, "claims table");
  await page.goto("/search?q=F-16");
  await expectNoSeriousViolations(page, "search");
  await page.goto("/inbox");
  await expectNoSeriousViolations(page, "inbox");
  await page.goto("/settings/notifications");
  await expectNoSeriousViolations(page, "notification settings");
  // The shortcuts dialog, and a filtered claim list.
  await page.goto(`/articles/${DEMO_SLUG}`);
  await page.getByLabel("State").selectOption({ label: "Unreviewed" });
  await expectNoSeriousViolations(page, "article with a filtered claim list");
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await expectNoSeriousViolations(page, "shortcuts dialog");
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin", "/admin/organization");
  await expectNoSeriousViolations(admin, "organization settings");
  await adminContext.close();
  await page.goto("/claims/none");
  await expectNoSeriousViolations(page, "not found");
});

test("the keyboard reaches the highlights and the claim forms", async ({ page }) => {
  await signIn(page, "reviewer", `/articles/${DEMO_SLUG}`);
  const first = page.getByRole("region", { name: "Article text" }).getByRole("link").first();
  for (let i = 0; i < 15 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/claims\//);
  await page.getByLabel("Workflow state").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Verdict")).toBeFocused();
});

test("at 390 px wide no page is wider than the screen, and a claim's card is a drawer below its words", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "editor");
  const wider: string[] = [];
  for (const path of ["/articles", `/articles/${DEMO_SLUG}`, "/articles/new", `/articles/${DEMO_SLUG}/revise`, "/claims", "/dashboard", "/dashboard/claims", "/inbox", "/search?q=F-16", "/settings/notifications", "/settings/tokens", "/admin/organization"]) {
    await page.goto(path);
    const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (over > 0) wider.push(`${path}: ${over} px too wide`);
  }
  await page.goto(`/articles/${DEMO_SLUG}`);
  await page.getByRole("region", { name: "Article text" }).getByRole("link", { name: /\$450 million/ }).click();
  await expect(page).toHaveURL(/\/claims\//);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // The card is a drawer over the bottom of the screen; the claim's words are in view above it.
  const card = page.getByRole("complementary");
  const span = page.locator('.article-text a[aria-current="true"]');
  await expect(span).toBeInViewport();
  const drawer = (await card.boundingBox())!;
  const words = (await span.boundingBox())!;
  expect(drawer.y + drawer.height).toBeGreaterThanOrEqual(843);
  expect(drawer.height).toBeLessThanOrEqual(844 * 0.6);
  expect(words.y + words.height).toBeLessThanOrEqual(drawer.y);
  // Folded, it leaves the text to read and keeps its way back.
  await card.getByRole("button", { name: "Fold the card" }).click();
  await expect(card.getByRole("heading", { name: "Claim" })).toBeHidden();
  await card.getByRole("button", { name: "Show the card" }).click();
  await expect(card.getByRole("heading", { name: "Claim" })).toBeVisible();
  expect(wider).toEqual([]);
});
