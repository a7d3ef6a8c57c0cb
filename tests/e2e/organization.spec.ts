import { expect, test } from "@playwright/test";
import { DEMO_SLUG, signIn } from "./fixtures";

test("an admin names the organization; reports are signed by it; a save over a colleague's newer one is refused", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, "admin", "/admin/organization");
  await signIn(second, "admin", "/admin/organization");
  const original = await first.getByLabel("Name").inputValue();

  await first.getByLabel("Name").fill("Example Fact Check");
  await first.getByLabel("Web address (optional)").fill("https://factcheck.example.org");
  await first.getByRole("button", { name: "Save organization" }).click();
  await expect(first.getByRole("status")).toHaveText("Saved. Reports are now signed by Example Fact Check.");

  const report = await first.request.get(`/api/articles/${DEMO_SLUG}/report?format=md`);
  expect(await report.text()).toContain("Example Fact Check");

  // The second tab still edits the version from before the first save.
  await second.getByLabel("Name").fill("Stale name");
  await second.getByRole("button", { name: "Save organization" }).click();
  await expect(second.getByRole("status")).toContainText("Someone else saved the organization's settings");
  await second.getByRole("button", { name: "Load the latest version" }).click();
  await expect(second.getByLabel("Name")).toHaveValue("Example Fact Check");

  // Put the demo's name back for the other specs.
  await second.getByLabel("Name").fill(original);
  await second.getByLabel("Web address (optional)").fill("");
  await second.getByRole("button", { name: "Save organization" }).click();
  await expect(second.getByRole("status")).toContainText("Saved.");
  await first.context().close();
  await second.context().close();
});

test("only admins reach the organization's settings", async ({ page }) => {
  await signIn(page, "editor", "/admin/organization");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Only admins change the organization's settings.");
  await expect(page.getByLabel("Name")).toHaveCount(0);
});
