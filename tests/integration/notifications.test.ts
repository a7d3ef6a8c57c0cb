import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { updateClaim } from "@/lib/review/update-claim";
import { addComment } from "@/lib/review/add-comment";
import { listNotifications, markNotificationsRead } from "@/lib/notifications/inbox";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

let reviewer: SessionUser;
let editor: SessionUser;
let claimId: string;

beforeEach(async () => {
  await clearDatabase();
  reviewer = await createUser("REVIEWER", { name: "Ana Reviewer" });
  editor = await createUser("EDITOR", { name: "Ed Editor" });
  const article = await createTestArticle(SAMPLE_BODY, { title: "Flood aid" });
  claimId = article.claims.find((c) => c.quote.includes("$200 billion"))!.id;
});

describe("the inbox", () => {
  it("tells the assignee, and nobody about their own change", async () => {
    await updateClaim(editor, claimId, { version: 1, assigneeEmail: reviewer.email });
    const inbox = await listNotifications(reviewer);
    expect(inbox.unread).toBe(1);
    expect(inbox.notifications[0]).toMatchObject({ kind: "ASSIGNED", claimId, actor: "Ed Editor", readAt: null });
    expect(inbox.notifications[0].text).toContain("Ed Editor assigned you");
    expect((await listNotifications(editor)).unread).toBe(0);
  });

  it("tells a person @mentioned in a comment, and marks one or all read", async () => {
    await addComment(editor, claimId, { body: "@Ana Reviewer can you check the figure?" });
    await addComment(editor, claimId, { body: "Also @anabel is not a person here" });
    const inbox = await listNotifications(reviewer);
    expect(inbox.notifications.map((n) => n.kind)).toEqual(["MENTIONED"]);
    expect(inbox.notifications[0].articleSlug).toBeTruthy();
    expect(await markNotificationsRead(editor, { ids: [inbox.notifications[0].id] })).toMatchObject({ marked: 0 });
    expect(await markNotificationsRead(reviewer, { all: true })).toEqual({ marked: 1, unread: 0 });
  });

  it("tells editors a claim awaits sign-off and the reviewer when it is sent back, with the reason", async () => {
    await updateClaim(reviewer, claimId, { version: 1, state: "IN_REVIEW" });
    await updateClaim(reviewer, claimId, { version: 2, verdict: "UNVERIFIABLE", rationale: "No source.", state: "AWAITING_SIGNOFF" });
    expect((await listNotifications(editor)).notifications.map((n) => n.kind)).toEqual(["AWAITING_SIGNOFF"]);
    await updateClaim(editor, claimId, { version: 3, state: "IN_REVIEW", reason: "Find the ministry's figure." });
    const sentBack = (await listNotifications(reviewer)).notifications[0];
    expect(sentBack.kind).toBe("SENT_BACK");
    expect(sentBack.text).toContain("Find the ministry's figure.");
  });
});
