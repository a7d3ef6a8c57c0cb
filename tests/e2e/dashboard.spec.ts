import fs from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO, DEMO_SLUG, signIn } from "./fixtures";

const ARTICLE_TITLE = "The Centrality of Security in the Pakistan-US Relationship";

test("an editor opens the dashboard, filters to flagged claims, bulk-assigns them and downloads the Markdown report", async ({ page }) => {
  await signIn(page, "editor", "/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: new RegExp(`^${ARTICLE_TITLE}: \\d+ of \\d+ claims signed off$`) })).toBeVisible();
  await expect(page.getByRole("img", { name: "Verdicts per article" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Claims signed off per day" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Claims with open high-severity flags \(\d+\)$/ })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // The claims table has a page of its own, one link away.
  await page.getByRole("link", { name: "Every claim in the claims table" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claims across articles" })).toBeVisible();
  const tableAxe = await new AxeBuilder({ page }).analyze();
  expect(tableAxe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  const claims = page.getByRole("main");
  await claims.getByLabel("Open flags").selectOption({ label: "Has open flags" });
  await claims.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]flags=open/);
  const table = claims.getByRole("table");
  // The flood-aid claim carries the automatic HIGH number-mismatch flag ($200 billion against $200 million).
  await expect(table.getByRole("link", { name: /more than \$200 billion/ })).toBeVisible();
  const flagged = await table.getByRole("checkbox", { name: /^Select claim/ }).count();
  expect(flagged).toBeGreaterThan(0);

  await table.getByRole("checkbox", { name: "Select every claim on this page" }).check();
  await claims.getByLabel("Assign to").selectOption({ label: "Riya Reviewer" });
  await claims.getByRole("button", { name: "Assign selected" }).click();
  await expect(claims.getByRole("status").getByText(`${flagged} done, 0 refused.`)).toBeVisible();
  const outcomes = claims.getByRole("list", { name: "Outcome per claim" }).getByRole("listitem");
  await expect(outcomes).toHaveCount(flagged);
  await expect(outcomes.first()).toContainText(`Done: “`);
  // Claims other tests already gave this reviewer answer "Nothing to change"; the rest are assigned now.
  await expect(outcomes.filter({ hasText: "Assigned to Riya Reviewer." }).first()).toBeVisible();
  // The table is redrawn with the new assignee and the ticks are cleared.
  await expect(table.getByRole("row").filter({ hasText: "more than $200 billion" })).toContainText("Riya Reviewer");
  await expect(table.getByRole("checkbox", { name: /^Select claim/ }).first()).not.toBeChecked();

  await page.getByRole("link", { name: "dashboard", exact: true }).click();
  const row = page.getByRole("region", { name: /^Articles/ }).getByRole("row").filter({ hasText: ARTICLE_TITLE });
  await row.getByText("Download corrections report").click();
  const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: "Markdown" }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^claimdesk-corrections-${DEMO_SLUG}-\\d{4}-\\d{2}-\\d{2}\\.md$`));
  const markdown = await fs.readFile((await download.path())!, "utf8");
  expect(markdown).toContain(ARTICLE_TITLE);
});

test("a reviewer sees their own slice and none of the controls their role may not use", async ({ page }) => {
  await signIn(page, "reviewer", "/dashboard");
  await expect(page.getByRole("heading", { name: "Your claims at a glance" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your workload" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Reviewer workload" })).toHaveCount(0);
  await page.getByRole("link", { name: "Your claims in the claims table" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your claims" })).toBeVisible();
  const claims = page.getByRole("main");
  await expect(claims.getByLabel("Move to state")).toBeVisible();
  // No assigning, no assignee filter, no unassigned queue, no sign-off, no reason to send back.
  await expect(page.getByLabel("Assign to")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Assign selected" })).toHaveCount(0);
  await expect(page.getByLabel("Assignee")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /^Unassigned/ })).toHaveCount(0);
  await expect(claims.getByLabel("Move to state").locator("option", { hasText: "Signed off" })).toHaveCount(0);
  await expect(page.getByLabel("Reason (to send back or reopen)")).toHaveCount(0);

  // The API holds the same line: only her claims, and no bulk assigning (403).
  const listed = await page.request.get("/api/claims?pageSize=100");
  expect(listed.status()).toBe(200);
  const { claims: rows } = (await listed.json()) as { claims: { id: string; version: number; assignee: { email: string } | null }[] };
  for (const claim of rows) expect(claim.assignee?.email).toBe(DEMO.reviewer);
  const refused = await page.request.post("/api/claims/bulk", {
    data: { action: "assign", assigneeEmail: DEMO.reviewer, claims: [{ id: "any-claim", version: 1 }] },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("FORBIDDEN");
  const figures = await page.request.get("/api/dashboard");
  expect(figures.status()).toBe(200);
  expect((await figures.json()).scope).toBe("mine");
});
