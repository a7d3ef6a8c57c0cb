import { expect, test } from "@playwright/test";
import { DEMO_SLUG, signIn } from "./fixtures";

test("a reviewer checks the flood-aid claim: source, state, verdict, all persisted with history", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.getByRole("link", { name: "The Centrality of Security in the Pakistan-US Relationship" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${DEMO_SLUG}$`));

  const text = page.getByRole("region", { name: "Article text" });
  for (const value of ["$450 million", "$12 billion", "more than $200 billion"]) {
    await expect(text.getByRole("link", { name: new RegExp(value.replace(/\$/g, "\\$")) })).toBeVisible();
  }

  await text.getByRole("link", { name: /more than \$200 billion/ }).click();
  await expect(page).toHaveURL(/\/claims\//);
  const panel = page.getByRole("complementary");
  await expect(panel.getByRole("heading", { name: "Claim" })).toBeVisible();
  await expect(panel.getByText("more than 200,000,000,000 USD")).toBeVisible();
  await expect(panel.getByText("Contradicts", { exact: true })).toBeVisible();

  await panel.getByText("Attach a source").click();
  await panel.getByLabel("Source URL").fill("https://www.usaid.gov/pakistan/flood-response");
  await panel.getByLabel("Source title").fill("Pakistan Flood Response");
  await panel.getByLabel("Publisher (optional)").fill("USAID");
  await panel.getByLabel("Passage from the source").fill("USAID has provided more than $215 million for flood relief and recovery.");
  await panel.getByRole("radio", { name: "Contradicts the claim" }).check();
  await panel.getByRole("button", { name: "Attach source" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Source attached." })).toBeVisible();
  await expect(panel.getByRole("link", { name: "Pakistan Flood Response" })).toBeVisible();

  await panel.getByLabel("Workflow state").selectOption({ label: "In review" });
  await panel.getByLabel("Verdict").selectOption({ label: "Inaccurate" });
  await panel.getByLabel("Rationale").fill("U.S. flood aid was about $215 million, not $200 billion.");
  await panel.getByLabel("Suggested correction").fill("which now amounts to more than $200 million.");
  await panel.getByRole("button", { name: "Save review" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Claim updated." })).toBeVisible();

  await page.reload();
  const reloaded = page.getByRole("complementary");
  await expect(reloaded.locator(".badges")).toContainText("In review");
  await expect(reloaded.locator(".badges")).toContainText("Inaccurate");
  await expect(reloaded.getByText("Suggested correction: which now amounts to more than $200 million.")).toBeVisible();
  await expect(reloaded.getByRole("link", { name: "Pakistan Flood Response" })).toBeVisible();
  const history = reloaded.getByRole("list").filter({ has: page.getByText("created this claim from detection") });
  await expect(history).toContainText("attached “Pakistan Flood Response” (Contradicts)");
  await expect(history).toContainText("moved it from Unreviewed to In review");
  await expect(history).toContainText("set the verdict from none to Inaccurate");
  await expect(history).toContainText("Riya Reviewer");
});

test("a bad source gets a clear message per field and keeps what was typed", async ({ page }) => {
  await signIn(page, "reviewer", `/articles/${DEMO_SLUG}`);
  await page.getByRole("region", { name: "Article text" }).getByRole("link", { name: /\$12 billion/ }).click();
  const panel = page.getByRole("complementary");
  await panel.getByText("Attach a source").click();
  await panel.getByLabel("Source URL").fill("javascript:alert(1)");
  await panel.getByLabel("Passage from the source").fill("Goods trade was $9 billion.");
  await panel.getByRole("button", { name: "Attach source" }).click();
  await expect(panel.getByText("Must be an http or https URL.")).toBeVisible();
  await expect(panel.getByText("Give the source's title.")).toBeVisible();
  await expect(panel.getByLabel("Source URL")).toHaveAttribute("aria-invalid", "true");
  await expect(panel.getByLabel("Passage from the source")).toHaveValue("Goods trade was $9 billion.");
  await expect(panel.getByLabel("Source URL")).toHaveValue("javascript:alert(1)");
});

test("a verdict without its evidence is refused with the reason, nothing saved", async ({ page }) => {
  await signIn(page, "reviewer", `/articles/${DEMO_SLUG}`);
  await page.getByRole("region", { name: "Article text" }).getByRole("link", { name: /1979 Soviet invasion/ }).click();
  const panel = page.getByRole("complementary");
  await panel.getByLabel("Verdict").selectOption({ label: "Accurate" });
  await panel.getByLabel("Rationale").fill("Well known.");
  await panel.getByRole("button", { name: "Save review" }).click();
  // Said once, next to the field, in the desk's words.
  await expect(panel.getByText("Rating a claim Accurate needs at least one supporting citation.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("complementary").locator(".badges")).not.toContainText("Accurate");
});

test("unknown articles and claims show a not-found page", async ({ page }) => {
  await signIn(page, "reviewer");
  for (const path of ["/articles/no-such-article", "/claims/no-such-claim"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});
