import { expect, test, type Page } from "@playwright/test";
import { DEMO_SLUG, apiSignIn, signIn } from "./fixtures";

async function openClaim(page: Page, value: RegExp) {
  await page.goto(`/articles/${DEMO_SLUG}`);
  await page.getByRole("region", { name: "Article text" }).getByRole("link", { name: value }).click();
  await expect(page).toHaveURL(/\/claims\//);
  return page.getByRole("complementary");
}

test("a $200 million source raises the mismatch flag; INACCURATE is proposed and an editor signs it off", async ({ page, browser, request }) => {
  await signIn(page, "reviewer");
  const panel = await openClaim(page, /more than \$200 billion/);
  const claimUrl = page.url();

  await panel.getByText("Attach a source").click();
  await panel.getByLabel("Source URL").fill("https://www.usaid.gov/pakistan/floods-2022");
  await panel.getByLabel("Source title").fill("USAID Pakistan flood response fact sheet");
  await panel.getByLabel("Passage from the source").fill("The U.S. government has provided more than $200 million in flood assistance.");
  await panel.getByRole("radio", { name: "Contradicts the claim" }).check();
  await panel.getByRole("button", { name: "Attach source" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Source attached." })).toBeVisible();
  // The demo's State Department passage already contradicts "$200 billion": the second source joins that one
  // flag, which names both, instead of raising a second identical HIGH flag (issue #11).
  const mismatch = panel.locator(".flag.severity-high").filter({ hasText: "USAID Pakistan flood response fact sheet" });
  await expect(mismatch).toContainText("number mismatch");
  // Other specs may have cited more sources for this claim on the shared database: at least two.
  await expect(mismatch).toContainText(/[2-9] sources say otherwise/);
  await expect(mismatch).toContainText("the claim is 1,000 times the source");
  await expect(panel.locator(".flag.severity-high")).toHaveCount(1);
  await expect(panel.locator(".suggested-verdict")).toContainText("Suggested verdict: Inaccurate");

  await panel.getByLabel("Workflow state").selectOption({ label: "Awaiting sign-off" });
  await panel.getByLabel("Verdict").selectOption({ label: "Inaccurate" });
  await panel.getByLabel("Rationale").fill("U.S. flood aid is in the hundreds of millions, not billions.");
  await panel.getByLabel("Suggested correction").fill("which now amounts to more than $200 million.");
  await panel.getByRole("button", { name: "Save review" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Claim updated." })).toBeVisible();
  await expect(panel.locator(".badges")).toContainText("Awaiting sign-off");

  // The reviewer is offered no sign-off, and the API refuses it with 403.
  await expect(panel.getByLabel("Workflow state").locator("option", { hasText: "Signed off" })).toHaveCount(0);
  const claimId = claimUrl.split("/claims/")[1];
  await apiSignIn(request, "reviewer");
  const { version } = await (await request.get(`/api/claims/${claimId}`)).json();
  const refused = await request.patch(`/api/claims/${claimId}`, { data: { version, state: "SIGNED_OFF" } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("FORBIDDEN");

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, "editor", `/claims/${claimId}`);
  const editorPanel = editor.getByRole("complementary");
  // A choice made before React hydrates the form is not in its state; the enabled Save button says it has.
  await expect(editorPanel.getByRole("button", { name: "Save review" })).toBeEnabled();
  await editorPanel.getByLabel("Workflow state").selectOption({ label: "Signed off" });
  // The open HIGH mismatch stops sign-off unless the editor says why; the form names the flag before sending.
  await expect(editorPanel.getByText("A high-severity flag is still open: High number mismatch")).toBeVisible();
  await editorPanel.getByRole("button", { name: "Save review" }).click();
  await expect(editorPanel.getByText("give your reason to sign off anyway").first()).toBeVisible();
  await expect(editorPanel.locator(".badges")).toContainText("Awaiting sign-off");
  await editorPanel.getByLabel("Reason to sign off despite open flags").fill("The mismatch is exactly what this correction fixes.");
  await editorPanel.getByRole("button", { name: "Save review" }).click();
  await expect(editorPanel.locator(".badges")).toContainText("Signed off");
  const signed = editorPanel.getByRole("listitem").filter({ hasText: "moved it from Awaiting sign-off to Signed off" });
  await expect(signed).toContainText("Ed Editor");
  await expect(signed).toContainText("despite open flags (High number mismatch");
  await expect(signed).toContainText("“The mismatch is exactly what this correction fixes.”");
  await editorContext.close();
});

test("two people on one claim: each sees the other there, a colleague's save arrives live, and what one is typing is never overwritten", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, "reviewer");
  await signIn(second, "editor");
  const firstPanel = await openClaim(first, /\$450 million/);
  const secondPanel = await openClaim(second, /\$450 million/);

  // Presence: each sees the other, and what they are editing.
  await expect(secondPanel.getByRole("status", { name: "Who else is on this claim" })).toContainText("Riya Reviewer is viewing");
  await expect(firstPanel.getByRole("status", { name: "Who else is on this claim" })).toContainText("Ed Editor is viewing");
  await expect(firstPanel.getByRole("button", { name: "Save review" })).toBeEnabled();
  await expect(secondPanel.getByRole("button", { name: "Save review" })).toBeEnabled();

  // The editor starts a rationale and a correction; the reviewer saves a rationale of their own meanwhile.
  await secondPanel.getByLabel("Rationale").fill("A sale Pakistan pays for, not aid.");
  await secondPanel.getByLabel("Suggested correction").fill("a $450 million sustainment sale");
  await firstPanel.getByLabel("Rationale").focus();
  await expect(secondPanel.getByRole("status", { name: "Who else is on this claim" })).toContainText("Riya Reviewer is editing the rationale");
  await firstPanel.getByLabel("Rationale").fill("DSCA notice, September 2022.");
  await firstPanel.getByRole("button", { name: "Save review" }).click();
  await expect(firstPanel.getByRole("status").filter({ hasText: "Claim updated." })).toBeVisible();

  // Without a reload the editor's page shows the change, keeps both fields as typed, and says the rationale changed under it.
  await expect(secondPanel.getByText("Rationale: DSCA notice, September 2022.")).toBeVisible();
  const notice = secondPanel.getByRole("alert").filter({ hasText: "Someone else changed this claim while you were editing" });
  await expect(notice).toContainText("DSCA notice, September 2022.");
  await expect(secondPanel.getByLabel("Rationale")).toHaveValue("A sale Pakistan pays for, not aid.");
  await expect(secondPanel.getByLabel("Suggested correction")).toHaveValue("a $450 million sustainment sale");

  // Saving before choosing is refused (409), naming who changed it; keeping theirs' over is a choice.
  await secondPanel.getByRole("button", { name: "Save review" }).click();
  await expect(secondPanel.getByRole("status").filter({ hasText: "Riya Reviewer changed this claim" })).toBeVisible();
  await notice.getByRole("button", { name: "Keep mine (save over theirs)" }).click();
  await expect(notice).toHaveCount(0);
  await secondPanel.getByRole("button", { name: "Save review" }).click();
  await expect(secondPanel.getByRole("status").filter({ hasText: "Claim updated." })).toBeVisible();
  await expect(secondPanel.getByText("Rationale: A sale Pakistan pays for, not aid.")).toBeVisible();
  await expect(first.getByRole("complementary").getByLabel("Rationale")).toHaveValue("A sale Pakistan pays for, not aid.");
  await first.context().close();
  await second.context().close();
});

test("50 concurrent API writes to one claim: each commits with its event or gets 409, never a 500", async ({ request }) => {
  await apiSignIn(request, "reviewer");
  const claims = (await (await request.get(`/api/articles/${DEMO_SLUG}/claims`)).json()).claims as { id: string; quote: string; version: number }[];
  const target = claims.find((c) => c.quote.includes("1979 Soviet invasion"))!;
  const before = (await (await request.get(`/api/claims/${target.id}`)).json()) as { version: number; events: unknown[] };

  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, i) => request.patch(`/api/claims/${target.id}`, { data: { version: before.version + (i % 3), rationale: `Concurrent note ${i}` } })),
  );
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
  const committed = statuses.filter((s) => s === 200).length;
  expect(committed).toBeGreaterThanOrEqual(1);
  for (const response of responses.filter((r) => r.status() === 409)) expect((await response.json()).error.code).toBe("CONFLICT");

  const after = (await (await request.get(`/api/claims/${target.id}`)).json()) as { version: number; events: { type: string; from: string | null; to: string }[] };
  expect(after.version).toBe(before.version + committed);
  const rationaleEvents = after.events.filter((e) => e.type === "RATIONALE_CHANGED");
  expect(rationaleEvents.length).toBe(committed);
  rationaleEvents.slice(1).forEach((event, k) => expect(event.from).toBe(rationaleEvents[k].to));
});

test("an editor revises the text: the corrected claim shows the change", async ({ page }) => {
  await signIn(page, "editor", `/articles/${DEMO_SLUG}`);
  await page.getByRole("link", { name: "Revise the text" }).click();
  await expect(page).toHaveURL(/\/revise$/);
  const body = page.getByLabel("Full text of the article");
  const text = await body.inputValue();
  await body.fill(text.replace("more than $200 billion.", "more than $200 million."));
  await page.getByRole("button", { name: "Save new revision" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${DEMO_SLUG}$`));
  await page.getByRole("region", { name: "Article text" }).getByRole("link", { name: /more than \$200 million/ }).click();
  const panel = page.getByRole("complementary");
  await expect(panel.getByText("The text changed.")).toBeVisible();
  await expect(panel.locator(".old-quote")).toContainText("more than $200 billion.");
  await expect(panel.getByText("Correction applied")).toBeVisible();
});

test("the article's download menu gives the Markdown corrections report", async ({ page }) => {
  await signIn(page, "editor", `/articles/${DEMO_SLUG}`);
  await page.getByText("Download corrections report").click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Markdown/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.md$/);
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text).toContain("more than $200 billion");
});

test("a reviewer corrects a citation's passage and stance: the checks run again and the history keeps the old wording", async ({ page }) => {
  await signIn(page, "reviewer");
  const panel = await openClaim(page, /\$12 billion/);
  const title = "USTR trade summary: Pakistan (citation edit test)";
  await panel.getByText("Attach a source").click();
  await panel.getByLabel("Source URL").fill("https://ustr.gov/countries-regions/south-central-asia/pakistan");
  await panel.getByLabel("Source title").fill(title);
  await panel.getByLabel("Passage from the source").fill("U.S. goods and services trade with Pakistan totaled an estimated $12 billion in 2022.");
  await panel.getByRole("radio", { name: "Supports the claim" }).check();
  await panel.getByRole("button", { name: "Attach source" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Source attached." })).toBeVisible();

  const citation = panel.getByRole("listitem").filter({ hasText: title });
  await citation.getByText(`Edit citation`).click();
  await citation.getByLabel("Passage").fill("U.S. goods and services trade with Pakistan totaled an estimated $7.3 billion in 2022.");
  await citation.getByLabel("Stance").selectOption({ label: "Contradicts the claim" });
  await citation.getByRole("button", { name: "Save citation" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Citation changed. The automatic checks raised a flag" })).toBeVisible();
  await expect(panel.locator(".flag").filter({ hasText: title })).toContainText("number mismatch");
  await expect(panel.getByRole("listitem").filter({ hasText: title }).locator("blockquote")).toHaveText(/\$7\.3 billion/);
  await expect(panel.getByRole("list").filter({ hasText: `edited the citation of “${title}” (Supports → Contradicts)` })).toBeVisible();
});
