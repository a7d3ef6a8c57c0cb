import { expect, test } from "@playwright/test";
import { DEMO_SLUG, apiSignIn } from "./fixtures";
import { expectNoSeriousViolations } from "./axe";

const rationale = (n: number) => `History probe rationale #${String(n).padStart(2, "0")}`;

test("a long history shows its creation and latest entries, and unfolds the ones in between from the API", async ({ page }) => {
  // Set up through the API: twenty rationale edits after the claim's own first entries, the first eight of them folded.
  await apiSignIn(page.request, "reviewer");
  const { claims } = (await (await page.request.get(`/api/articles/${DEMO_SLUG}/claims`)).json()) as { claims: { id: string }[] };
  const claimId = claims.at(-1)!.id;
  for (let n = 1; n <= 20; n++) {
    const { version } = await (await page.request.get(`/api/claims/${claimId}`)).json();
    expect((await page.request.patch(`/api/claims/${claimId}`, { data: { version, rationale: rationale(n) } })).status()).toBe(200);
  }

  await page.goto(`/claims/${claimId}`);
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("created this claim from detection");
  await expect(history).toContainText(`changed the rationale to “${rationale(9)}”`);
  await expect(history).toContainText(`changed the rationale to “${rationale(20)}”`);
  // The folded entries are not in the page at all, neither shown nor in React's payload.
  expect(await page.content()).not.toContain(rationale(5));

  await history.getByText(/^Show the \d+ entries in between$/).click();
  for (let n = 1; n <= 8; n++) await expect(history).toContainText(`changed the rationale to “${rationale(n)}”`);
  const shown = await history.innerText();
  const order = Array.from({ length: 20 }, (_, i) => shown.indexOf(rationale(i + 1)));
  expect(order.every((at, i) => at > -1 && (i === 0 || at > order[i - 1]))).toBe(true);
  await expectNoSeriousViolations(page, "claim page, history unfolded");
});
