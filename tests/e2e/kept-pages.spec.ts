import { expect, test } from "@playwright/test";
import { DEMO_SLUG, apiSignIn, signIn } from "./fixtures";

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

// The reading pages are kept per session while the database is unchanged (issue #13): what a person sees must be
// the same as a fresh render, fresh after anyone's change, and under a policy with a nonce of its own.
test("a claim page opened again works under a new nonce and shows a colleague's comment made meanwhile", async ({ page, playwright, baseURL }) => {
  await signIn(page, "editor", `/articles/${DEMO_SLUG}`);
  const claimPath = await page.getByRole("list", { name: "Claims in reading order" }).getByRole("link").first().getAttribute("href");
  // Opened until a server process answers from memory (each process keeps its own; they take turns).
  const nonces: string[] = [];
  let kept = false;
  for (let visit = 0; visit < 8 && !kept; visit++) {
    const response = await page.goto(claimPath!);
    nonces.push(nonceOf(response!.headers()["content-security-policy"])!);
    kept = response!.headers()["x-claimdesk-page"] === "kept";
  }
  expect(kept).toBe(true);
  expect(new Set(nonces).size).toBe(nonces.length);
  // The page's scripts carry the new nonce: they run, and React takes over the page.
  const heading = page.getByRole("heading", { name: "Claim", exact: true });
  await expect(heading).toBeVisible();
  await expect.poll(() => page.locator("main").evaluate((el) => Object.keys(el.querySelector("form") ?? el).some((key) => key.startsWith("__react")))).toBe(true);

  const colleague = await playwright.request.newContext({ baseURL });
  await apiSignIn(colleague, "reviewer");
  const words = `Checked against the ministry's release ${Date.now()}`;
  const posted = await colleague.post(`/api/claims/${claimPath!.split("/").pop()}/comments`, { data: { body: words } });
  expect(posted.status()).toBe(201);
  await colleague.dispose();

  // The reload's own HTML has it (the live feed could also add it to a stale page by itself).
  const reloaded = await page.reload();
  expect(await reloaded!.text()).toContain(words);
  await expect(page.getByText(words)).toBeVisible();
});
