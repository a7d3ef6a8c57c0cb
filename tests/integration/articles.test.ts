import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { listArticles } from "@/lib/articles/articles";
import { articleProgress } from "@/lib/dashboard/summary";
import { prisma } from "@/lib/db/client";
import { reviseArticle } from "@/lib/articles/revise-article";
import { createArticle } from "@/lib/articles/create-article";
import { detectClaims } from "@/lib/claims";
import { decideSuggestions } from "@/lib/review/suggestions";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

beforeEach(clearDatabase);

describe("articles", () => {
  it("refuses the same text or URL twice, saving nothing the second time", async () => {
    await createTestArticle(SAMPLE_BODY, { title: "One", url: "https://example.org/one" });
    const sameText = await createTestArticle(SAMPLE_BODY, { title: "Two" }).catch((e: unknown) => e);
    expect(sameText).toBeInstanceOf(AppError);
    expect(sameText).toMatchObject({ code: "CONFLICT", fields: { body: expect.any(String) } });
    const sameUrl = await createTestArticle(SAMPLE_BODY + " More.", { title: "Three", url: "https://example.org/one" }).catch((e: unknown) => e);
    expect(sameUrl).toMatchObject({ code: "CONFLICT", fields: { url: expect.any(String) } });
    expect(await listArticles()).toHaveLength(1);
  });

  it("gives each article a unique slug", async () => {
    const a = await createTestArticle(SAMPLE_BODY, { title: "Same Title" });
    const b = await createTestArticle(SAMPLE_BODY + "\n\nAnother 3 paragraphs.", { title: "Same Title" });
    expect([a.slug, b.slug]).toEqual(["same-title", "same-title-2"]);
  });

  it("counts claims by state per article in the database", async () => {
    const a = await createTestArticle(SAMPLE_BODY, { title: "Counted" });
    const [row] = await articleProgress();
    expect(row).toMatchObject({ slug: a.slug, total: a.claims.length, byState: { UNREVIEWED: a.claims.length, SIGNED_OFF: 0 }, openFlags: 0 });
  });

  it("imports an article with thousands of claims whole, each with its creation event, and revises it", async () => {
    // A long wire digest: one figure per paragraph, far more claims than a query may bind parameters.
    const paragraphs = Array.from({ length: 2_500 }, (_, i) => `Depot ${i + 1} shipped ${1_000 + i} tonnes in ${1900 + (i % 120)}.`);
    const body = `Grain depots report\n\n${paragraphs.join("\n\n")}`;
    const article = await createTestArticle(body, { title: "Grain depots report" });
    expect(article.claims.length).toBeGreaterThanOrEqual(2_500);
    const events = await prisma.claimEvent.count({ where: { type: "CLAIM_CREATED", claim: { articleId: article.id } } });
    expect(events).toBe(article.claims.length);

    const editor = await createUser("EDITOR");
    // A paragraph added at the top moves every claim; one added at the end brings one new suggestion.
    const newBody = `Grain depots report\n\nFigures corrected on Tuesday.\n\n${paragraphs.join("\n\n")}\n\nDepot 2501 shipped 9 tonnes in 2026.`;
    const revised = await reviseArticle(editor, article.slug, { body: newBody, version: 1 });
    expect(revised.article.version).toBe(2);
    const claims = await prisma.claim.findMany({ where: { articleId: article.id, suggestion: "ACCEPTED" }, select: { start: true, end: true, quote: true, anchor: true, version: true } });
    expect(claims.filter((c) => c.anchor !== "ANCHORED" || newBody.slice(c.start, c.end) !== c.quote || c.version !== 2)).toEqual([]);
    expect(await prisma.claim.count({ where: { articleId: article.id, suggestion: "SUGGESTED" } })).toBeGreaterThanOrEqual(1);
  });

  it("accepts all of a long article's suggestions at once, each decision in its claim's history", async () => {
    const paragraphs = Array.from({ length: 2_500 }, (_, i) => `Silo ${i + 1} stored ${5_000 + i} sacks in ${1900 + (i % 120)}.`);
    const body = `Silo survey\n\n${paragraphs.join("\n\n")}`;
    const article = await createArticle({ title: "Silo survey", body, claims: detectClaims(body, {}), claimsAs: "SUGGESTED" });
    const reviewer = await createUser("REVIEWER");
    const { decided } = await decideSuggestions(reviewer, { articleSlug: article.slug }, "ACCEPTED");
    expect(decided).toBeGreaterThanOrEqual(2_500);
    expect(await prisma.claim.count({ where: { articleId: article.id, suggestion: "SUGGESTED" } })).toBe(0);
    expect(await prisma.claimEvent.count({ where: { type: "SUGGESTION_ACCEPTED", claim: { articleId: article.id } } })).toBe(decided);
  });
});

