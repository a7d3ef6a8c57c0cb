import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { articleView } from "@/lib/articles/article-view";
import { updateClaim } from "@/lib/review/update-claim";
import { decideSuggestions } from "@/lib/review/suggestions";
import { reviseArticle } from "@/lib/articles/revise-article";
import { raiseFlag, resolveFlag } from "@/lib/flags/flags";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

let editor: SessionUser;
let reviewer: SessionUser;
let slug: string;
let claimId: string;

beforeEach(async () => {
  await clearDatabase();
  editor = await createUser("EDITOR");
  reviewer = await createUser("REVIEWER", { name: "Rita Checker" });
  const article = await createTestArticle(SAMPLE_BODY);
  slug = article.slug;
  claimId = article.claims[0].id;
});

const claimOf = async (id: string) => (await articleView(slug))!.claims.find((c) => c.id === id);

describe("the reading pages' article view is kept in memory but never stale (issue #13)", () => {
  it("is served from memory while nothing changed", async () => {
    const first = await articleView(slug);
    expect(first!.claims.length).toBeGreaterThan(0);
    expect(await articleView(slug)).toBe(first);
    expect(await articleView("no-such-article")).toBeNull();
  });

  it("shows a claim's new state, rationale and assignee at once", async () => {
    await articleView(slug);
    await updateClaim(editor, claimId, { version: 1, state: "IN_REVIEW", rationale: "Checking the aid figures.", assigneeEmail: reviewer.email });
    expect(await claimOf(claimId)).toMatchObject({ state: "IN_REVIEW", rationale: "Checking the aid figures.", version: 2, assignee: { name: "Rita Checker" } });
  });

  it("shows an assignee's new name", async () => {
    await updateClaim(editor, claimId, { version: 1, assigneeEmail: reviewer.email });
    expect((await claimOf(claimId))!.assignee).toMatchObject({ name: "Rita Checker" });
    await prisma.user.update({ where: { id: reviewer.id }, data: { name: "Rita Checker-Khan" } });
    expect((await claimOf(claimId))!.assignee).toMatchObject({ name: "Rita Checker-Khan" });
  });

  it("leaves out a rejected suggestion", async () => {
    const before = await articleView(slug);
    await prisma.claim.update({ where: { id: claimId }, data: { suggestion: "SUGGESTED" } });
    await decideSuggestions(editor, { claimId }, "REJECTED");
    const after = await articleView(slug);
    expect(after!.claims.map((c) => c.id)).not.toContain(claimId);
    expect(after!.claims).toHaveLength(before!.claims.length - 1);
  });

  it("shows a new revision's text and the claims found again in it", async () => {
    const before = await articleView(slug);
    const body = `Breaking\n\n${SAMPLE_BODY}`;
    await reviseArticle(editor, slug, { body, version: before!.article.version });
    const after = await articleView(slug);
    expect(after!.article.body).toBe(body);
    expect(after!.article.version).toBe(before!.article.version + 1);
    const moved = after!.claims.find((c) => c.id === claimId)!;
    expect(body.slice(moved.start, moved.end)).toBe(moved.quote);
  });
});

describe("the kept view brought up to date claim by claim", () => {
  it("keeps the article as it was read and every claim nobody touched, and reads the changed claim again", async () => {
    const before = (await articleView(slug))!;
    await updateClaim(editor, claimId, { version: 1, state: "IN_REVIEW" });
    const after = (await articleView(slug))!;
    expect(after).not.toBe(before);
    expect(after.article).toBe(before.article);
    expect(after.claims.map((c) => c.id)).toEqual(before.claims.map((c) => c.id));
    for (const claim of after.claims) {
      if (claim.id === claimId) expect(claim).toMatchObject({ state: "IN_REVIEW", version: 2 });
      else expect(claim).toBe(before.claims.find((c) => c.id === claim.id));
    }
  });

  it("places a claim whose span moved, and a new claim, in reading order, and drops a deleted one", async () => {
    const before = (await articleView(slug))!;
    const [first, second] = before.claims;
    // The first claim moves after the second; another is added at the very start; the last is deleted.
    await prisma.claim.update({ where: { id: first.id }, data: { start: second.start + 1, end: second.end + 1, version: { increment: 1 } } });
    const added = await prisma.claim.create({
      data: { articleId: before.article.id, start: 0, end: 3, quote: SAMPLE_BODY.slice(0, 3), prefix: "", suffix: "", kind: "number", values: "[]", score: 0.5 },
    });
    const last = before.claims.at(-1)!;
    await prisma.claim.delete({ where: { id: last.id } });
    const after = (await articleView(slug))!;
    const order = after.claims.map((c) => c.id);
    expect(order[0]).toBe(added.id);
    expect(order.indexOf(first.id)).toBeGreaterThan(order.indexOf(second.id));
    expect(order).not.toContain(last.id);
    const sorted = [...after.claims].sort((x, y) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : 1));
    expect(order).toEqual(sorted.map((c) => c.id));
  });
});

describe("the kept view's open flags (the highlights' colours)", () => {
  it("counts a flag raised and forgets it once settled, without reading claims nobody touched", async () => {
    const before = (await articleView(slug))!;
    expect(before.flags.get(claimId)).toBeUndefined();
    const flag = await raiseFlag(reviewer, claimId, { kind: "OTHER", severity: "HIGH", note: "Which year?" });
    const raised = (await articleView(slug))!;
    expect(raised.flags.get(claimId)).toEqual({ open: 1, high: 1 });
    await resolveFlag(editor, flag.id, { status: "RESOLVED", note: "2022, as written." });
    const settled = (await articleView(slug))!;
    expect(settled.flags.get(claimId)).toBeUndefined();
    expect(settled.article).toBe(before.article);
  });
});
