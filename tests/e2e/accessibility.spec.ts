import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_SLUG, signIn } from "./fixtures";

async function expectNoSeriousViolations(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
}

test("no serious or critical axe violation on any page", async ({ page }) => {
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
