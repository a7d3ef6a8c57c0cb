import { expect, test } from "@playwright/test";
import { DEMO_SLUG, apiSignIn, signIn } from "./fixtures";

test("pages carry a strict security policy and safe headers", async ({ page, request }) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  // The page still works under that policy: its scripts carry the nonce.
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  const api = await request.get("/api/health");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("a rendered page's scripts carry its own nonce, never one the client sent", async ({ page }) => {
  await signIn(page, "editor");
  await page.setExtraHTTPHeaders({ "content-security-policy": "script-src 'nonce-chosen-by-client'" });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { violations: string[] }).violations = violations;
    document.addEventListener("securitypolicyviolation", (event) => violations.push(event.violatedDirective));
  });
  const response = await page.goto(`/articles/${DEMO_SLUG}`);
  const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"])?.[1];
  expect(nonce).toBeTruthy();
  expect(nonce).not.toBe("chosen-by-client");
  const html = await response!.text();
  expect(html).toContain(`nonce="${nonce}"`);
  expect(html).not.toContain("chosen-by-client");
  // No script was refused under that policy.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test("session cookies are httpOnly and SameSite", async ({ page, context }) => {
  await signIn(page, "reviewer");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("five failed sign-ins for one account answer 429 with Retry-After", async ({ playwright, baseURL }) => {
  const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
  const attempt = async (password: string) => {
    const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
    return client.post("/api/auth/callback/credentials", { form: { csrfToken, email: "throttled@claimdesk.test", password, json: "true" }, maxRedirects: 0 });
  };
  for (let i = 0; i < 5; i++) expect((await attempt("wrong-password")).status()).not.toBe(429);
  const blocked = await attempt("wrong-password");
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(800);
  expect((await blocked.json()).error.code).toBe("THROTTLED");
  await client.dispose();
});

test("signing out ends the session even for a copied cookie", async ({ page, context, playwright, baseURL }) => {
  await signIn(page, "editor");
  const cookies = await context.cookies();
  const copy = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
  expect((await copy.get("/api/articles")).status()).toBe(200);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect((await copy.get("/api/articles")).status()).toBe(401);
  await copy.dispose();
});

test("a personal access token: created in the browser, shown once, used as Bearer, revoked", async ({ page, playwright, baseURL }) => {
  await signIn(page, "reviewer", "/settings/tokens");
  await page.getByLabel("What will use it").fill("CMS plug-in");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("Your new token").inputValue();
  expect(token).toMatch(/^cdk_/);

  const cms = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  expect((await cms.get(`/api/articles/${DEMO_SLUG}/claims`)).status()).toBe(200);
  const claims = (await (await cms.get(`/api/articles/${DEMO_SLUG}/claims`)).json()).claims;
  // The token carries its owner's role: a reviewer's token may not sign off.
  const refused = await cms.patch(`/api/claims/${claims[0].id}`, { data: { version: claims[0].version, state: "SIGNED_OFF" } });
  expect([403, 422]).toContain(refused.status());

  await page.reload();
  await expect(page.getByLabel("Your new token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  page.on("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Revoke CMS plug-in" }).click();
  await expect(async () => expect((await cms.get("/api/articles")).status()).toBe(401)).toPass();
  expect((await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: "Bearer cdk_forged" } }).then((c) => c.get("/api/articles"))).status()).toBe(401);
  await cms.dispose();
});

test("an admin disables a user, who loses access at once; the last admin cannot disable themself", async ({ page, browser }) => {
  await signIn(page, "admin", "/admin/users");
  await page.getByLabel("Email", { exact: true }).fill("temp.reviewer@claimdesk.test");
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Reviewer" });
  await page.getByLabel("Initial password (at least 10 characters)").fill("temporary-pass-1");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created temp.reviewer@claimdesk.test." })).toBeVisible();

  const other = await (await browser.newContext()).newPage();
  await other.goto("/login");
  await other.getByLabel("Email").fill("temp.reviewer@claimdesk.test");
  await other.getByLabel("Password").fill("temporary-pass-1");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL(/\/articles$/);

  page.on("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Disable temp.reviewer" }).click();
  await expect(page.getByRole("row", { name: /temp\.reviewer/ })).toContainText("Disabled");
  await other.goto("/articles");
  await expect(other).toHaveURL(/\/login/);

  await page.getByRole("button", { name: "Disable Ada Admin" }).click();
  await expect(page.getByText("This is the last active admin: make another admin first.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Ada Admin/ })).toContainText("Active");
});

test("a reviewer cannot reach the user admin", async ({ page }) => {
  await signIn(page, "reviewer", "/admin/users");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Only admins manage users.");
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
});

test("API credentials sign-in for scripts", async ({ request }) => {
  await apiSignIn(request, "editor");
  expect((await request.get("/api/articles")).status()).toBe(200);
});
