import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { articleView } from "@/lib/articles/article-view";
import { updateClaim } from "@/lib/review/update-claim";
import { decideSuggestions } from "@/lib/review/suggestions";
import { reviseArticle } from "@/lib/articles/revise-article";
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
