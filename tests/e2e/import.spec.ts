import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// An original short article: a money amount, a date and a quotation.
const PASTED_TITLE = "Harbour dredging runs over budget";
const PASTED = [
  "The port authority has spent $38 million dredging the eastern channel since March 2021, twice its first estimate.",
  "“We underestimated the silt,” the authority's chair, Mara Lindqvist, said on 4 June 2024.",
].join("\n\n");

const FERRY_PAGE = `<!doctype html>
<html><head><title>Ferry fares rise | The Harbour Ledger</title>
<style>body { font-family: serif }</style><script>window.tracker = "TRACKER-SCRIPT";</script></head>
<body>
  <nav><a href="/">Home</a> <a href="/sport">SITE-NAV-SPORT</a></nav>
  <article>
    <h1>Ferry fares rise</h1>
    <p>Island ferry fares will rise by 15% in January, the operator said on 3 May 2024.</p>
    <p>The operator lost &pound;4 million in 2023 and blames fuel costs.</p>
  </article>
  <footer>SITE-FOOTER</footer>
</body></html>`;

test("a reviewer imports a pasted article and lands on it with its claims listed", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.getByRole("link", { name: "Import an article" }).click();
  await expect(page.getByRole("heading", { name: "Import an article" })).toBeVisible();

  await page.getByLabel("Title", { exact: true }).fill(PASTED_TITLE);
  await page.getByLabel("Publication (optional)").fill("The Harbour Ledger");
  await page.getByLabel("URL of the original (optional)").fill("https://ledger.example/harbour-dredging");
  await page.getByLabel("Published on (optional)").fill("2024-06-05");
  await page.getByLabel("Article text").fill(PASTED);
  await page.getByRole("button", { name: "Import article" }).click();

  await expect(page).toHaveURL(/\/articles\/harbour-dredging-runs-over-budget$/);
  await expect(page.getByRole("heading", { level: 1, name: PASTED_TITLE })).toBeVisible();
  await expect(page.locator(".article-header")).toContainText("The Harbour Ledger · 5 Jun 2024");
  await expect(page.getByRole("link", { name: "https://ledger.example/harbour-dredging" })).toBeVisible();
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text).toContainText("twice its first estimate.");
  const claims = page.getByRole("complementary");
  await expect(claims.getByRole("heading", { name: /^Claims \([1-9]\d*\)$/ })).toBeVisible();
  await expect(claims.getByRole("link").filter({ hasText: "$38 million" })).toBeVisible();
  await expect(claims.getByRole("link").filter({ hasText: "We underestimated the silt" })).toBeVisible();

  // The same text again is refused with the reason, and the form keeps what was typed.
  await page.goto("/articles/new");
  await page.getByLabel("Title", { exact: true }).fill("Dredging, again");
  await page.getByLabel("Article text").fill(PASTED);
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("status")).toContainText("already imported as “harbour-dredging-runs-over-budget”");
  await expect(page.getByText("The same text was already imported.")).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue(PASTED);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Dredging, again");
});

test("an empty submission shows a message per field, and a bad URL keeps what was typed", async ({ page }) => {
  await signIn(page, "reviewer", "/articles/new");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByText("Give the article's title.")).toBeVisible();
  await expect(page.getByText("Paste the article's text or choose a file.")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Article text")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Article text")).toHaveAccessibleDescription("Paste the article's text or choose a file.");
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => v.id)).toEqual([]);

  await page.getByLabel("Title", { exact: true }).fill("Tram line delayed");
  await page.getByLabel("URL of the original (optional)").fill("javascript:alert(1)");
  await page.getByLabel("Article text").fill("The tram line will open in 2027, three years late.");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByText("Must be an http or https URL.")).toBeVisible();
  await expect(page.getByText("Give the article's title.")).toHaveCount(0);
  await expect(page).toHaveURL(/\/articles\/new$/);
  await expect(page.getByLabel("URL of the original (optional)")).toHaveValue("javascript:alert(1)");
  await expect(page.getByLabel("Article text")).toHaveValue("The tram line will open in 2027, three years late.");
});

test("an uploaded .html page is imported as its readable text, titled from the page", async ({ page }) => {
  await signIn(page, "reviewer", "/articles/new");
  await page.getByLabel("File (.txt, .md or .html)").setInputFiles({ name: "ferry.html", mimeType: "text/html", buffer: Buffer.from(FERRY_PAGE, "utf8") });
  await page.getByRole("button", { name: "Import article" }).click();

  await expect(page).toHaveURL(/\/articles\/ferry-fares-rise$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ferry fares rise" })).toBeVisible();
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text).toContainText("Island ferry fares will rise by 15% in January");
  await expect(text).toContainText("The operator lost £4 million in 2023");
  for (const chrome of ["TRACKER-SCRIPT", "SITE-NAV-SPORT", "SITE-FOOTER", "font-family"]) await expect(text).not.toContainText(chrome);
  await expect(page.getByRole("complementary").getByRole("link").filter({ hasText: "£4 million" })).toBeVisible();
});

test("a file over 2 MB or a binary file is refused with a clear message, nothing imported", async ({ page }) => {
  await signIn(page, "reviewer", "/articles/new");
  const file = page.getByLabel("File (.txt, .md or .html)");
  await file.setInputFiles({ name: "long.txt", mimeType: "text/plain", buffer: Buffer.alloc(2 * 1024 * 1024 + 1, "a") });
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("status")).toHaveText("The article is over 2 MB; import a shorter piece.");
  await expect(file).toHaveAttribute("aria-invalid", "true");

  await file.setInputFiles({ name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]) });
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByText("The file is binary, not text.").first()).toBeVisible();
  await expect(page).toHaveURL(/\/articles\/new$/);
});
