import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { updateClaim } from "@/lib/review/update-claim";
import { addComment } from "@/lib/review/add-comment";
import { liveFeed } from "@/lib/live/feed";
import { openArticleStream } from "@/lib/live/open-stream";
import { reportPresence } from "@/lib/live/presence";
import type { LiveEvent } from "@/lib/live/live-event";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

let reviewer: SessionUser;
let article: Awaited<ReturnType<typeof createTestArticle>>;
let claimId: string;

beforeEach(async () => {
  await clearDatabase();
  reviewer = await createUser("REVIEWER");
  article = await createTestArticle(SAMPLE_BODY, { title: "Flood aid" });
  claimId = article.claims.find((c) => c.quote.includes("$200 billion"))!.id;
});

const until = async (check: () => boolean, ms = 2000) => {
  const start = Date.now();
  while (!check() && Date.now() - start < ms) await new Promise((r) => setTimeout(r, 50));
  return check();
};

describe("the live feed", () => {
  it("fans a change out to every stream on the article within 2 seconds, from one poller", async () => {
    const a: LiveEvent[] = [];
    const b: LiveEvent[] = [];
    const offA = liveFeed.subscribe(article.id, (e) => a.push(e));
    const offB = liveFeed.subscribe(article.id, (e) => b.push(e));
    await updateClaim(reviewer, claimId, { version: 1, state: "IN_REVIEW" });
    await addComment(reviewer, claimId, { body: "On it." });
    expect(await until(() => b.some((e) => e.event === "comment"))).toBe(true);
    // The look-back window may also bring the article's own CLAIM_CREATED rows; each row arrives once.
    const changed = a.filter((e) => e.event === "claim" && e.data.type === "STATE_CHANGED");
    expect(changed).toHaveLength(1);
    expect(changed[0].data).toMatchObject({ claimId, state: "IN_REVIEW", version: 2 });
    expect(new Set(a.map((e) => e.id)).size).toBe(a.length);
    offA();
    offB();
    expect(liveFeed.streamCount).toBe(0);
  });

  it("replays what a dropped connection missed after Last-Event-ID", async () => {
    await updateClaim(reviewer, claimId, { version: 1, state: "IN_REVIEW" });
    await new Promise((r) => setTimeout(r, 5));
    await addComment(reviewer, claimId, { body: "Missed this." });
    const controller = new AbortController();
    const stream = await openArticleStream(reviewer, article.slug, `0-none`, controller.signal);
    const reader = stream.getReader();
    let text = "";
    while (!text.includes("event: comment")) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain("event: claim");
    controller.abort();
  });

  it("tells the article's streams who is on a claim, and that they left", async () => {
    const seen: LiveEvent[] = [];
    const off = liveFeed.subscribe(article.id, (e) => seen.push(e));
    await reportPresence(reviewer, { article: article.slug, tabId: "tab-00000001", claimId, activity: "EDITING", field: "rationale" });
    expect(await until(() => seen.some((e) => e.event === "presence" && Array.isArray(e.data.people) && e.data.people.length === 1))).toBe(true);
    expect(seen.find((e) => e.event === "presence")!.data).toMatchObject({ claimId, people: [{ name: reviewer.name, activity: "EDITING", field: "rationale" }] });
    await reportPresence(reviewer, { article: article.slug, tabId: "tab-00000001", activity: "LEFT" });
    expect(await until(() => seen.some((e) => e.event === "presence" && Array.isArray(e.data.people) && e.data.people.length === 0))).toBe(true);
    off();
  });
});
