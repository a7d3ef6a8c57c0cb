import { expect, test } from "@playwright/test";
import { DEMO, DEMO_SLUG, signIn } from "./fixtures";

test("an anonymous visit is sent to the login page and back afterwards", async ({ page }) => {
  await page.goto(`/articles/${DEMO_SLUG}`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Farticles%2Fcentrality/);
  await expect(page.getByRole("heading", { name: "Sign in to Claimdesk" })).toBeVisible();
  await page.getByLabel("Email").fill(DEMO.reviewer);
  await page.getByLabel("Password").fill("claimdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${DEMO_SLUG}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Centrality of Security in the Pakistan-US Relationship");
});

test("a wrong password shows one message that does not tell whether the email exists", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.reviewer);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Email").fill("nobody@claimdesk.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
});

test("the API answers 401 without a session, in the fixed error shape", async ({ request }) => {
  for (const path of ["/api/articles", `/api/articles/${DEMO_SLUG}`, `/api/articles/${DEMO_SLUG}/claims`, "/api/claims/anything"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
  }
  const patch = await request.patch("/api/claims/anything", { data: { version: 1, state: "IN_REVIEW" } });
  expect(patch.status()).toBe(401);
  expect((await request.get("/api/health")).status()).toBe(200);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "editor");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
});
