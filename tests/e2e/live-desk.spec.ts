import { expect, test } from "@playwright/test";
import { DEMO_SLUG, apiSignIn, signIn } from "./fixtures";

// Issue #15: an assignment and a mention reach the inbox, with the unread count in the header; marking read clears it.
test("an assignment and an @mention reach the inbox with the unread count in the header, and mark read clears them", async ({ browser }) => {
  const editor = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, "reviewer", "/inbox");
  const markAll = reviewer.getByRole("button", { name: "Mark all read" });
  if (await markAll.isVisible()) {
    // Hydrated first (React has attached itself to the button): a click before that is lost.
    await expect.poll(() => markAll.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__react")))).toBe(true);
    await markAll.click();
    await expect(reviewer.getByText("Nothing unread.")).toBeVisible();
  }
  await expect(reviewer.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();

  // The editor assigns the $12 billion trade claim to the reviewer.
  await signIn(editor, "editor", `/articles/${DEMO_SLUG}`);
  await editor.getByRole("region", { name: "Article text" }).getByRole("link", { name: /\$12 billion/ }).click();
  const editorPanel = editor.getByRole("complementary");
  await expect(editorPanel.getByRole("button", { name: "Assign" })).toBeEnabled();
  await editorPanel.getByLabel("Assigned reviewer").selectOption({ label: "Nobody" });
  await editorPanel.getByLabel("Assigned reviewer").selectOption({ label: "Riya Reviewer" });
  await editorPanel.getByRole("button", { name: "Assign" }).click();
  await expect(editorPanel.getByRole("listitem").filter({ hasText: "assigned" }).first()).toBeVisible();
  const claimUrl = editor.url();

  // The reviewer's header counts it (within its polling interval, or at once on the next page).
  await reviewer.goto("/articles");
  await expect(reviewer.getByRole("link", { name: /^Inbox, [1-9]\d* unread$/ })).toBeVisible();
  await reviewer.getByRole("link", { name: /^Inbox, / }).click();
  const assigned = reviewer.getByRole("listitem").filter({ hasText: "Ed Editor assigned you" }).first();
  await expect(assigned).toContainText("Unread");
  await assigned.getByRole("link").click();
  await expect(reviewer).toHaveURL(claimUrl);

  // A comment naming the editor, with @ autocomplete from the keyboard.
  const panel = reviewer.getByRole("complementary");
  const comment = panel.getByLabel("Add a comment");
  await expect(panel.getByRole("button", { name: "Comment" })).toBeEnabled(); // hydrated
  await comment.click();
  await comment.pressSequentially("@Ed");
  await expect(panel.getByRole("listbox", { name: "People to mention" }).getByRole("option", { name: /Ed Editor/ })).toBeVisible();
  await comment.press("Enter");
  await expect(comment).toHaveValue("@Ed Editor ");
  await comment.pressSequentially("the trade figure needs your eye");
  await panel.getByRole("button", { name: "Comment" }).click();
  // The posted comment in the discussion's list (until it is cleared, the comment box holds the same words).
  await expect(panel.getByRole("listitem").filter({ hasText: "@Ed Editor the trade figure needs your eye" })).toBeVisible();

  await editor.goto("/inbox");
  const mention = editor.getByRole("listitem").filter({ hasText: "Riya Reviewer mentioned you on" }).first();
  await expect(mention).toContainText("Unread");
  await mention.getByRole("button", { name: "Mark read" }).click();
  await expect(mention).not.toContainText("Unread");
  const markAllEditor = editor.getByRole("button", { name: "Mark all read" });
  if (await markAllEditor.isVisible()) await markAllEditor.click();
  await expect(editor.getByText("Nothing unread.")).toBeVisible();
  await expect(editor.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();

  // Turning a kind off keeps it out of the inbox.
  await editor.goto("/settings/notifications");
  await editor.getByLabel("Mentioned in a comment").uncheck();
  await editor.getByRole("button", { name: "Save preferences" }).click();
  await expect(editor.getByRole("status")).toContainText("Preferences saved.");
  await comment.pressSequentially("@Ed Editor once more");
  await panel.getByRole("button", { name: "Comment" }).click();
  await expect(panel.getByRole("listitem").filter({ hasText: "@Ed Editor once more" })).toBeVisible();
  await editor.goto("/inbox");
  await expect(editor.getByText("Nothing unread.")).toBeVisible();
  await editor.goto("/settings/notifications");
  await editor.getByLabel("Mentioned in a comment").check();
  await editor.getByRole("button", { name: "Save preferences" }).click();
  await expect(editor.getByRole("status")).toContainText("Preferences saved.");

  // Leave the demo claim unassigned, as the other specs expect it.
  await editor.goto(claimUrl);
  await expect(editorPanel.getByRole("button", { name: "Assign" })).toBeEnabled();
  await editorPanel.getByLabel("Assigned reviewer").selectOption({ label: "Nobody" });
  await editorPanel.getByRole("button", { name: "Assign" }).click();
  await expect(editorPanel.getByRole("status").filter({ hasText: "Assignment saved." })).toBeVisible();
  await editor.context().close();
  await reviewer.context().close();
});

test("the claims table follows changes made elsewhere without a reload", async ({ browser, request }) => {
  await apiSignIn(request, "reviewer");
  const created = await request.post("/api/articles", { data: { title: `Live table ${Date.now()}`, body: `A live table\n\nThe port handled 4.2 million containers in 2023.` } });
  expect(created.status()).toBe(201);
  const { article } = (await created.json()) as { article: { slug: string } };
  const { claims } = (await (await request.get(`/api/articles/${article.slug}/claims`)).json()) as { claims: Array<{ id: string }> };

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor", `/articles/${article.slug}`);
  await editor.getByRole("button", { name: "Accept all suggestions" }).click();
  await expect(editor.getByRole("button", { name: "Accept all suggestions" })).toHaveCount(0);
  await editor.goto(`/dashboard/claims?article=${article.slug}`);
  const table = editor.getByRole("table");
  await expect(table).toContainText("4.2 million containers");
  await expect(table).not.toContainText("In review");
  const marker = await editor.evaluate(() => ((window as unknown as { liveMarker: number }).liveMarker = Date.now()));

  const { version } = (await (await request.get(`/api/claims/${claims[0].id}`)).json()) as { version: number };
  const moved = await request.patch(`/api/claims/${claims[0].id}`, { data: { version, state: "IN_REVIEW" } });
  expect(moved.status()).toBe(200);
  await expect(table).toContainText("In review");
  // The same page, not a reload: the marker set on its window is still there.
  expect(await editor.evaluate(() => (window as unknown as { liveMarker?: number }).liveMarker)).toBe(marker);
  await editor.context().close();
});
