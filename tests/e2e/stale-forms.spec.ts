import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { DEMO_SLUG, signIn, type DEMO } from "./fixtures";

// Issue #11: after "Load the latest version", a form must send only what the person changed;
// every field they never touched takes the fresh value, so the other person's change survives.

async function openClaim(page: Page, value: RegExp) {
  await page.goto(`/articles/${DEMO_SLUG}`);
  await page.getByRole("region", { name: "Article text" }).getByRole("link", { name: value }).click();
  await expect(page).toHaveURL(/\/claims\//);
  return page.getByRole("complementary");
}

/**
 * Saves a form that another tab changed the claim under. The page follows the change live, so the save
 * either goes through at once (the fresh version had arrived) or answers 409 first (it had not): then
 * "Load the latest version" and save again. Either way only what this person changed is sent.
 */
async function saveOverAnotherTab(panel: Locator, okText: string, fresh: () => Promise<void>) {
  await panel.getByRole("button", { name: "Save review" }).click();
  const saved = panel.getByRole("status").filter({ hasText: okText });
  const reload = panel.getByRole("button", { name: "Load the latest version (keeps what you typed)" });
  await expect(saved.or(reload)).toBeVisible();
  if (await reload.isVisible()) {
    await expect(panel.getByRole("status").filter({ hasText: "changed this claim" })).toBeVisible();
    await reload.click();
    await fresh(); // the latest version has arrived
    await panel.getByRole("button", { name: "Save review" }).click();
  }
  await expect(saved).toBeVisible();
}

async function person(browser: Browser, who: keyof typeof DEMO) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}

test("tab A moves the claim to In review, tab B only typed a rationale: after reloading, both changes survive", async ({ browser }) => {
  const a = await person(browser, "editor");
  const b = await person(browser, "reviewer");
  const panelA = await openClaim(a, /one-third of the country/);
  const panelB = await openClaim(b, /one-third of the country/);

  await panelA.getByLabel("Workflow state").selectOption({ label: "In review" });
  await panelA.getByRole("button", { name: "Save review" }).click();
  await expect(panelA.getByRole("status").filter({ hasText: "Claim updated." })).toBeVisible();

  await panelB.getByLabel("Rationale").fill("NDMA: about a third of the country was under water.");
  // The field B never touched takes the fresh value (live, or after loading the latest version); B's words stay.
  await saveOverAnotherTab(panelB, "Claim updated.", () => expect(panelB.locator(".badges")).toContainText("In review"));
  await expect(panelB.locator(".badges")).toContainText("In review");
  await expect(panelB.getByLabel("Rationale")).toHaveValue("NDMA: about a third of the country was under water.");

  await b.reload();
  const reloaded = b.getByRole("complementary");
  await expect(reloaded.locator(".badges")).toContainText("In review");
  await expect(reloaded.getByText("Rationale: NDMA: about a third of the country was under water.")).toBeVisible();
  const history = reloaded.getByRole("list").filter({ has: b.getByText("created this claim from detection") });
  await expect(history).toContainText("moved it from Unreviewed to In review");
  await expect(history).not.toContainText("from In review to Unreviewed");
  await a.context().close();
  await b.context().close();
});

test("a citation edited in two tabs: B changes only the stance, A's new passage survives", async ({ browser }) => {
  const a = await person(browser, "reviewer");
  const panelA = await openClaim(a, /\$450 million/);
  const title = "DSCA notice (two-tab citation test)";
  await panelA.getByText("Attach a source").click();
  await panelA.getByLabel("Source URL").fill("https://www.dsca.mil/press-media/major-arms-sales/pakistan-f-16-sustainment");
  await panelA.getByLabel("Source title").fill(title);
  await panelA.getByLabel("Passage from the source").fill("The State Department approved a possible sale of F-16 sustainment worth $450 million.");
  await panelA.getByRole("radio", { name: "Supports the claim" }).check();
  await panelA.getByRole("button", { name: "Attach source" }).click();
  await expect(panelA.getByRole("status").filter({ hasText: "Source attached." })).toBeVisible();

  const b = await person(browser, "editor");
  const panelB = await openClaim(b, /\$450 million/);
  const citationA = panelA.locator("li.citation").filter({ hasText: title });
  const citationB = panelB.locator("li.citation").filter({ hasText: title });
  await citationB.getByText("Edit citation").click();
  await citationB.getByLabel("Stance").selectOption({ label: "Context only" });

  await citationA.getByText("Edit citation").click();
  await citationA.getByLabel("Passage").fill("The State Department approved a possible $450 million F-16 sustainment sale on 7 September 2022.");
  await citationA.getByRole("button", { name: "Save citation" }).click();
  await expect(panelA.getByRole("status").filter({ hasText: "Citation changed." })).toBeVisible();

  await citationB.getByRole("button", { name: "Save citation" }).click();
  await expect(panelB.getByRole("status").filter({ hasText: "Citation changed." })).toBeVisible();
  await b.reload();
  const saved = b.getByRole("complementary").locator("li.citation").filter({ hasText: title });
  await expect(saved.locator("blockquote")).toContainText("on 7 September 2022");
  await expect(saved).toContainText("Context");
  await a.context().close();
  await b.context().close();
});

test("an assignment made in another tab shows after reloading when this tab never touched it", async ({ browser }) => {
  const a = await person(browser, "editor");
  const b = await person(browser, "admin");
  const panelA = await openClaim(a, /\$12 billion/);
  const panelB = await openClaim(b, /\$12 billion/);

  await panelA.getByLabel("Assigned reviewer").selectOption({ label: "Riya Reviewer" });
  await panelA.getByRole("button", { name: "Assign" }).click();
  await expect(panelA.getByRole("status").filter({ hasText: "Assignment saved." })).toBeVisible();

  await panelB.getByLabel("Rationale").fill("USTR 2022 figures.");
  await saveOverAnotherTab(panelB, "Claim updated.", () => expect(panelB.getByLabel("Assigned reviewer")).toHaveValue("reviewer@claimdesk.test"));
  await expect(panelB.getByLabel("Assigned reviewer")).toHaveValue("reviewer@claimdesk.test");
  await a.context().close();
  await b.context().close();
});
