import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "claimdesk-demo";
export const DEMO = {
  reviewer: "reviewer@claimdesk.test",
  editor: "editor@claimdesk.test",
  admin: "admin@claimdesk.test",
} as const;
export const DEMO_SLUG = "centrality-of-security-pakistan-us";

/** Signs in through the login page, as a person would, and waits to land where they were going. */
export async function signIn(page: Page, who: keyof typeof DEMO, returnTo = "/articles") {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email").fill(DEMO[who]);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${returnTo.replace(/[/?]/g, "\\$&")}$`));
}

/** Signs an API client in through next-auth's credentials endpoint, as an integration script would. */
export async function apiSignIn(request: import("@playwright/test").APIRequestContext, who: keyof typeof DEMO) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: DEMO[who], password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(400);
}
