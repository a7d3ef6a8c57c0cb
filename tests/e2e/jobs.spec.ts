import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// A long article is imported in the background: the form shows a progress bar that reaches 100%, and
// then a link to the new article, without a reload.
test("importing a long article shows its progress to 100% and then the article", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "reviewer", "/articles/new");
  const title = `A long report ${Date.now()}`;
  // The title in the text too: the same text twice is refused as already imported (a rerun of this test).
  const body = Array.from({ length: 1600 }, (_, i) => `Section ${i} of ${title}: the regional fund paid out $${i + 3} million to ${120 + i} towns in ${1995 + (i % 25)}.`).join("\n\n");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(body);
  await page.getByRole("button", { name: "Import article" }).click();

  const bar = page.getByRole("progressbar", { name: /Importing the article/ });
  await expect(bar).toBeVisible();
  const seen = new Set<string>();
  // Watch the bar move: it reports what is happening on the way.
  for (let i = 0; i < 600 && (await bar.getAttribute("value")) !== "100"; i++) {
    seen.add((await page.getByRole("status").filter({ hasText: /claims|Detecting|Waiting|Checking|Imported/ }).first().textContent()) ?? "");
    await page.waitForTimeout(200);
  }
  await expect(bar).toHaveAttribute("value", "100");
  expect([...seen].some((s) => /Saving claims: [\d,]+ of [\d,]+|Detect/.test(s))).toBe(true);
  const link = page.getByRole("link", { name: `Open “${title}”` });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("a long import can be cancelled, and nothing of it is kept", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "reviewer", "/articles/new");
  const title = `A cancelled report ${Date.now()}`;
  const body = Array.from({ length: 2000 }, (_, i) => `Entry ${i} of ${title}: the town of Ward${i} paid $${i + 7} million in ${2000 + (i % 20)}.`).join("\n\n");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(body);
  await page.getByRole("button", { name: "Import article" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Cancelled; nothing was kept.")).toBeVisible({ timeout: 60_000 });
  await page.goto("/articles");
  await expect(page.getByText(title)).toHaveCount(0);
});
