import { expect, test } from "@playwright/test";
import { DEMO_SLUG, apiSignIn, signIn } from "./fixtures";
import { InteractionCount } from "./loop-count";

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
  await panel.getByText("More about the source (optional)").click();
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

test("the reviewer's loop from the article page takes at most 6 interactions: open a claim, cite a source with its passage, propose a verdict with its rationale", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, "reviewer", `/articles/${DEMO_SLUG}`);
  const count = new InteractionCount(page);
  // A claim to check, from the article's claim list beside the text.
  const claims = page.getByRole("list", { name: "Claims in reading order" });
  await count.click(claims.getByRole("link", { name: /On his maiden visit to the United States in December 2023/ }), "the claim in the list");
  await expect(page).toHaveURL(/\/claims\//);
  const panel = page.getByRole("complementary");
  await count.click(panel.getByText("Attach a source", { exact: true }), "Attach a source");
  await count.type(panel.getByLabel("Source URL"), "https://www.centcom.mil/MEDIA/STATEMENTS/munir-visit-2023/", "Source URL");
  await count.type(panel.getByLabel("Source title"), "CENTCOM commander hosts Pakistan's Chief of Army Staff", "Source title");
  await count.type(panel.getByLabel("Passage from the source"), "General Kurilla hosted General Syed Asim Munir, Pakistan's Chief of Army Staff, during his December 2023 visit to the United States.", "Passage");
  await count.check(panel.getByRole("radio", { name: "Supports the claim" }), "Supports");
  await count.click(panel.getByRole("button", { name: "Attach source" }), "Attach source");
  await expect(panel.getByRole("status").filter({ hasText: "Source attached." })).toBeVisible();
  await count.select(panel.getByLabel("Verdict", { exact: true }), "Accurate", "the verdict");
  await count.type(panel.getByLabel("Rationale"), "CENTCOM's statement confirms the December 2023 visit and who received him.", "Rationale");
  await count.click(panel.getByRole("button", { name: "Save review" }), "Save review");
  await expect(panel.getByRole("status").filter({ hasText: "Claim updated." })).toBeVisible();
  console.log(`The reviewer's loop by pointer: ${count.total} interactions: ${count.steps.join(" · ")}`);
  expect(count.total, count.steps.join(" · ")).toBeLessThanOrEqual(6);

  await page.reload();
  const reloaded = page.getByRole("complementary");
  await expect(reloaded.locator(".badges")).toContainText("In review");
  await expect(reloaded.locator(".badges")).toContainText("Accurate");
  await expect(reloaded.getByRole("link", { name: "CENTCOM commander hosts Pakistan's Chief of Army Staff" })).toBeVisible();
});

test("the same loop by keyboard alone in at most 6: j to the first claim, Enter, a to attach, Ctrl+Enter, a verdict, Ctrl+Enter", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, "reviewer", `/articles/${DEMO_SLUG}`);
  const count = new InteractionCount(page);
  const first = page.getByRole("list", { name: "Claims in reading order" }).getByRole("link").first();
  // One j once the page has hydrated (a press before that reaches no script and does nothing).
  await expect(async () => {
    await page.keyboard.press("j");
    await expect(first).toBeFocused({ timeout: 2_000 });
  }).toPass();
  count.steps.push("j (to the first claim in the list)");
  await count.press("Enter", "open it");
  await expect(page).toHaveURL(/\/claims\//);
  const panel = page.getByRole("complementary");
  await expect(panel.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
  await count.press("a", "attach a source");
  await expect(panel.getByLabel("Source URL")).toBeFocused();
  await count.typeHere("https://www.state.gov/secretary-blinkens-meeting-with-pakistani-chief-of-army-staff-munir/");
  await count.next(); // past "Fill in from the page"
  await count.next();
  await expect(panel.getByLabel("Source title")).toBeFocused();
  await count.typeHere("Secretary Blinken's Meeting with Pakistani Chief of Army Staff Munir");
  await count.next();
  await expect(panel.getByLabel("Passage from the source")).toBeFocused();
  await count.typeHere("Secretary Blinken met with Pakistani Chief of Army Staff General Syed Asim Munir in Washington on December 14, 2023.");
  await count.press("Control+Enter", "attach it (Supports is chosen)");
  await expect(panel.getByRole("status").filter({ hasText: "Source attached." })).toBeVisible();
  await expect(panel.getByLabel("Verdict", { exact: true })).toBeFocused();
  await count.press("ArrowDown", "Accurate, the first verdict");
  await expect(panel.getByLabel("Verdict", { exact: true })).toHaveValue("ACCURATE");
  await count.next();
  await expect(panel.getByLabel("Rationale")).toBeFocused();
  await count.typeHere("The State Department's readout gives the meeting, the place and the date.");
  await count.press("Control+Enter", "save the review");
  await expect(panel.getByRole("status").filter({ hasText: "Claim updated." })).toBeVisible();
  console.log(`The reviewer's loop by keyboard: ${count.total} interactions: ${count.steps.join(" · ")}`);
  expect(count.total, count.steps.join(" · ")).toBeLessThanOrEqual(6);
  // Escape takes focus back to the claim's words in the text.
  await page.keyboard.press("Escape");
  await expect(page.locator('.article-text a[aria-current="true"]')).toBeFocused();
  await page.reload();
  await expect(page.getByRole("complementary").locator(".badges")).toContainText("Accurate");
});

test("a claim followed from the list or from the text opens without reloading the page", async ({ page }) => {
  await signIn(page, "reviewer", `/articles/${DEMO_SLUG}`);
  const list = page.getByRole("list", { name: "Claims in reading order" });
  await expect(list).toBeVisible();
  // Hydrated (React has attached itself to the list's element): before that, a click is a plain page load.
  await expect.poll(() => list.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__react")))).toBe(true);
  // A mark on this window survives a client-side navigation and not a page load.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await list.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/claims\//);
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  const highlight = page.getByRole("region", { name: "Article text" }).locator("a[data-claim]").nth(1);
  const href = await highlight.getAttribute("href");
  await highlight.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test("a reviewer removes a citation after confirming: it leaves the evidence and stays in the history", async ({ page, request }) => {
  await apiSignIn(request, "reviewer");
  const created = await request.post("/api/articles", { data: { title: `Removal ${Date.now()}`, body: `A removal\n\nThe port handled 4.2 million containers in 2023.` } });
  expect(created.status()).toBe(201);
  const { article } = (await created.json()) as { article: { slug: string } };
  const { claims } = (await (await request.get(`/api/articles/${article.slug}/claims`)).json()) as { claims: Array<{ id: string }> };
  for (const title of ["Port authority yearbook", "Shipping weekly"]) {
    const cited = await request.post(`/api/claims/${claims[0].id}/citations`, { data: { url: `https://example.org/${title.length}`, title, passage: "The port handled 4.2 million containers in 2023.", stance: "SUPPORTS" } });
    expect(cited.status()).toBe(201);
  }

  await signIn(page, "reviewer", `/claims/${claims[0].id}`);
  const evidence = page.getByRole("region", { name: /Evidence/ });
  const yearbook = evidence.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Port authority yearbook" }) });
  // Dismissing the question keeps the citation.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await yearbook.getByRole("button", { name: "Remove citation" }).click();
  await expect(evidence.getByRole("link", { name: "Port authority yearbook" })).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await yearbook.getByRole("button", { name: "Remove citation" }).click();
  await expect(evidence.getByRole("link", { name: "Port authority yearbook" })).toHaveCount(0);
  await expect(evidence.getByRole("link", { name: "Shipping weekly" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: /Evidence/ }).getByRole("link", { name: "Port authority yearbook" })).toHaveCount(0);
  await expect(page.getByRole("list").filter({ has: page.getByText("created this claim") })).toContainText("removed the citation of “Port authority yearbook”");
});
