import { expect, test } from "@playwright/test";
import { DEMO_SLUG, apiSignIn, signIn } from "./fixtures";
import { expectNoSeriousViolations } from "./axe";

// Issue #11's guard rails, as a person meets them in the browser.

test("the bulk menu offers only the moves the ticked claims allow, and says why the rest are unavailable", async ({ page }) => {
  await signIn(page, "editor", "/dashboard/claims?state=UNREVIEWED");
  const main = page.getByRole("main");
  const move = main.getByLabel("Move to state");
  await expect(main.getByText("Tick claims in the table to see what you can do with them.")).toBeVisible();
  await expect(main.getByRole("button", { name: "Change state of selected" })).toBeDisabled();

  await main.getByRole("checkbox", { name: /^Select claim/ }).first().check();
  await expect(main.getByText("1 claim selected.")).toBeVisible();
  await expect(move.locator("option", { hasText: "Signed off" })).toBeDisabled();
  await expect(move.locator("option", { hasText: "In review" })).toBeEnabled();
  const why = main.getByRole("list", { name: "Why some moves are not available" });
  await expect(why).toContainText("Signed off: None of the selected claims can: Only claims that are awaiting sign-off can be signed off.");
  // No code reaches the page.
  await expect(main).not.toContainText("SIGNED_OFF");
  await expect(main).not.toContainText("UNREVIEWED");
});

test("a passage over its maximum is stopped in the browser with a counter, before anything is sent", async ({ page }) => {
  await signIn(page, "reviewer", `/articles/${DEMO_SLUG}`);
  await page.getByRole("region", { name: "Article text" }).getByRole("link", { name: /\$12 billion/ }).click();
  const panel = page.getByRole("complementary");
  await panel.getByText("Attach a source").click();
  // Required fields are marked before sending.
  await expect(panel.locator("label", { hasText: "Source URL" })).toContainText("(required)");
  await expect(panel.locator("label", { hasText: "Passage from the source" })).toContainText("(required)");
  const requests: string[] = [];
  page.on("request", (r) => {
    // Presence heartbeats say where the person is; only a submission would count here.
    if (r.method() === "POST" && !r.url().endsWith("/api/presence")) requests.push(r.url());
  });
  await panel.getByLabel("Source URL").fill("https://www.census.gov/foreign-trade/balance/c5350.html");
  await panel.getByLabel("Source title").fill("Trade in goods with Pakistan");
  await panel.getByLabel("Passage from the source").fill("x".repeat(10_001));
  await expect(panel.getByText("10,001 / 10,000 characters — 1 too many")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Attach source" })).toBeDisabled();
  expect(requests).toEqual([]);
  await panel.getByLabel("Passage from the source").fill("Goods trade was $9 billion.");
  await expect(panel.getByText("27 / 10,000 characters")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Attach source" })).toBeEnabled();
});

test("a source the desk already has fills in the rest of the form, suggested once the form opens", async ({ page }) => {
  await signIn(page, "reviewer", `/articles/${DEMO_SLUG}`);
  await page.getByRole("region", { name: "Article text" }).getByRole("link", { name: /\$450 million/ }).click();
  const panel = page.getByRole("complementary");
  // The claim page no longer carries the desk's sources: the form asks for them when it opens.
  const asked = page.waitForResponse((r) => r.url().endsWith("/api/sources/known") && r.status() === 200);
  await panel.getByText("Attach a source").click();
  await asked;
  await expect(panel.locator("#known-source-urls option[value='https://www.census.gov/foreign-trade/balance/c5350.html']")).toHaveCount(1);
  await panel.getByLabel("Source URL").fill("https://www.census.gov/foreign-trade/balance/c5350.html");
  await expect(panel.getByLabel("Source title")).toHaveValue("Trade in Goods with Pakistan");
});

test("an error shows once, next to its field", async ({ page }) => {
  await signIn(page, "reviewer", `/articles/${DEMO_SLUG}`);
  await page.getByRole("region", { name: "Article text" }).getByRole("link", { name: /\$12 billion/ }).click();
  const panel = page.getByRole("complementary");
  await panel.getByText("Attach a source").click();
  await panel.getByRole("button", { name: "Attach source" }).click();
  await expect(panel.getByText("Give the source's title.")).toHaveCount(1);
  await expect(panel.getByRole("status").filter({ hasText: "Not saved: see the marked fields." })).toBeVisible();
});

test("the API refuses sign-off over an open HIGH flag with 422 naming it, unless the editor says why", async ({ request }) => {
  await apiSignIn(request, "editor");
  const { claims } = (await (await request.get(`/api/articles/${DEMO_SLUG}/claims`)).json()) as { claims: { id: string; quote: string }[] };
  const claim = claims.find((c) => c.quote.includes("originally signed in 2005"))!;
  const cited = await request.post(`/api/claims/${claim.id}/citations`, {
    data: { url: "https://www.dawn.com/news/cismoa", title: "CIS-MOA renewal (guard-rail test)", passage: "The memorandum was first signed in 2004.", stance: "CONTRADICTS" },
  });
  expect(cited.status()).toBe(201);
  expect((await cited.json()).flags).toMatchObject([{ kind: "DATE_MISMATCH", severity: "HIGH" }]);
  let { version } = await (await request.get(`/api/claims/${claim.id}`)).json();
  const ready = await request.patch(`/api/claims/${claim.id}`, {
    data: { version, state: "AWAITING_SIGNOFF", verdict: "INACCURATE", rationale: "Signed in 2004.", correction: "originally signed in 2004 for 15 years." },
  });
  expect(ready.status()).toBe(200);
  version = (await ready.json()).version;

  const refused = await request.patch(`/api/claims/${claim.id}`, { data: { version, state: "SIGNED_OFF" } });
  expect(refused.status()).toBe(422);
  const error = (await refused.json()).error;
  expect(error.code).toBe("INVALID");
  expect(error.fields.state).toContain("High date mismatch (“2005” against “2004”)");

  const signed = await request.patch(`/api/claims/${claim.id}`, { data: { version, state: "SIGNED_OFF", overrideOpenFlags: "The flag is the error this correction fixes." } });
  expect(signed.status()).toBe(200);
  const after = await signed.json();
  expect(after.state).toBe("SIGNED_OFF");
  const event = after.events.find((e: { type: string; to: string }) => e.type === "STATE_CHANGED" && e.to === "SIGNED_OFF");
  expect(event.detail).toMatchObject({ overrideOpenFlags: "The flag is the error this correction fixes." });
});

test("an editor words the correction notice with a preview before signing off, and the report publishes that wording", async ({ page }) => {
  // Set up through the API: a contradicted claim awaiting sign-off as Inaccurate.
  await apiSignIn(page.request, "editor");
  const { claims } = (await (await page.request.get(`/api/articles/${DEMO_SLUG}/claims`)).json()) as { claims: { id: string; quote: string }[] };
  const claim = claims.find((c) => c.quote.includes("sanctioned the deputy leader"))!;
  const cited = await page.request.post(`/api/claims/${claim.id}/citations`, {
    data: { url: "https://www.state.gov/sanctions-notice-test", title: "Sanctions notice (notice test)", passage: "The designation was announced in December 2022.", stance: "CONTRADICTS" },
  });
  expect(cited.status()).toBe(201);
  const { version } = await (await page.request.get(`/api/claims/${claim.id}`)).json();
  const ready = await page.request.patch(`/api/claims/${claim.id}`, {
    data: { version, state: "AWAITING_SIGNOFF", verdict: "INACCURATE", rationale: "The designation came in December.", correction: "In December 2022" },
  });
  expect(ready.status()).toBe(200);

  // The API sign-in's session cookie is the page's too.
  await page.goto(`/claims/${claim.id}`);
  const section = page.getByRole("region", { name: "Correction notice" });
  // The generated line quotes the claim's whole sentence, before the text is corrected.
  await expect(section).toContainText("This article says: “In November 2022, the U.S. State Department sanctioned the deputy leader");
  await expect(section).toContainText("We regret the error.");
  const wording = "We wrote that the State Department sanctioned the TTP's deputy leader in November 2022; it did so in December 2022.";
  await section.getByLabel("Wording in the correction notice").fill(wording);
  // The preview follows the typing, before anything is saved.
  await expect(section.locator(".notice-preview")).toContainText(wording);
  await expectNoSeriousViolations(page, "correction notice form");
  await section.getByRole("button", { name: "Save notice" }).click();
  await expect(section.getByRole("status")).toHaveText("Claim updated.");
  await page.reload();
  await expect(page.getByRole("region", { name: "Correction notice" }).getByLabel("Wording in the correction notice")).toHaveValue(wording);
  await expect(page.getByRole("region", { name: "History" })).toContainText("worded the correction notice: “We wrote that the State Department");

  // Signed off, the report's notice carries the editor's words.
  const fresh = await (await page.request.get(`/api/claims/${claim.id}`)).json();
  expect(fresh.notice).toBe(wording);
  const signed = await page.request.patch(`/api/claims/${claim.id}`, {
    data: { version: fresh.version, state: "SIGNED_OFF", overrideOpenFlags: "The flag is the error this correction fixes." },
  });
  expect(signed.status()).toBe(200);
  const md = await (await page.request.get(`/api/articles/${DEMO_SLUG}/report?format=md`)).text();
  expect(md).toContain(wording);
  await page.reload();
  await expect(page.getByRole("region", { name: "Correction notice" })).toContainText("Signed off: this is the notice the report publishes for this claim.");
  await expect(page.getByLabel("Wording in the correction notice")).toHaveCount(0);
});
