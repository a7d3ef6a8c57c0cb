import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { reviseArticle } from "@/lib/articles/revise-article";
import { getArticle, listArticleClaims } from "@/lib/articles/articles";
import { createManualClaim } from "@/lib/review/create-claim";
import { decideSuggestions } from "@/lib/review/suggestions";
import { getClaimDetail } from "@/lib/review/claim-detail";
import { updateClaim } from "@/lib/review/update-claim";
import { seedDemo } from "@/prisma/seed-demo";
import { DEMO_ARTICLE } from "@/prisma/demo";
import { clearDatabase, createUser } from "../factories";

let editor: SessionUser;
let reviewer: SessionUser;
const slug = DEMO_ARTICLE.slug;

beforeEach(async () => {
  await clearDatabase();
  await seedDemo();
  editor = await createUser("EDITOR");
  reviewer = await createUser("REVIEWER");
});

const floodClaim = async () => (await listArticleClaims((await getArticle(slug))!.id)).find((c) => c.quote.includes("$200 billion") || c.previousQuote?.includes("$200 billion"))!;

describe("revising an article", () => {
  it("marks the corrected flood-aid claim TEXT_CHANGED with old and new wording, and its correction as applied", async () => {
    const before = await floodClaim();
    await updateClaim(reviewer, before.id, { version: before.version, verdict: "INACCURATE", rationale: "Millions, not billions.", correction: "more than $200 million" });
    const article = (await getArticle(slug))!;
    const revised = article.body.replace("more than $200 billion.", "more than $200 million.");
    const result = await reviseArticle(editor, slug, { body: revised, version: 1 });

    expect(result.article.version).toBe(2);
    const after = (await getClaimDetail(before.id))!;
    expect(after).toMatchObject({ anchor: "TEXT_CHANGED", previousQuote: before.quote, correctionApplied: true });
    expect(after.quote).toContain("more than $200 million.");
    expect(revised.slice(after.start, after.end)).toBe(after.quote);
    expect(after.events.at(-1)).toMatchObject({ type: "ANCHOR_CHANGED", from: "ANCHORED", to: "TEXT_CHANGED" });
    expect(await prisma.articleRevision.count()).toBe(2);

    // Every other claim is still anchored on its exact text.
    const others = (await listArticleClaims(article.id)).filter((c) => c.id !== before.id);
    for (const claim of others) {
      expect(claim.anchor).toBe("ANCHORED");
      expect(revised.slice(claim.start, claim.end)).toBe(claim.quote);
    }
  });

  it("refuses a stale revision with 409 and reviewers with 403, changing nothing", async () => {
    const body = (await getArticle(slug))!.body + "\n\nUpdate.";
    await reviseArticle(editor, slug, { body, version: 1 });
    await expect(reviseArticle(editor, slug, { body: body + " Again.", version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reviseArticle(reviewer, slug, { body: body + " Again.", version: 2 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getArticle(slug))!.version).toBe(2);
  });

  it("resolves the spelling flag by itself when the acronym is corrected", async () => {
    const body = (await getArticle(slug))!.body.replace("against the TPP", "against the TTP");
    await reviseArticle(editor, slug, { body, version: 1 });
    const flag = await prisma.flag.findFirstOrThrow({ where: { articleSays: "TPP" } });
    expect(flag).toMatchObject({ status: "RESOLVED", resolutionNote: expect.stringContaining("no longer") });
  });

  it("offers new text as suggestions, and does not suggest a rejected one again", async () => {
    const base = (await getArticle(slug))!.body;
    await reviseArticle(editor, slug, { body: base + "\n\nThe IMF approved a $3 billion loan in July 2023.", version: 1 });
    const suggested = await prisma.claim.findFirstOrThrow({ where: { suggestion: "SUGGESTED" } });
    expect(suggested.quote).toContain("$3 billion");
    await decideSuggestions(reviewer, { claimId: suggested.id }, "REJECTED");
    await reviseArticle(editor, slug, { body: base + "\n\nThe IMF approved a $3 billion loan in July 2023.\n\nEnd.", version: 2 });
    expect(await prisma.claim.count({ where: { suggestion: "SUGGESTED" } })).toBe(0);
    expect((await getClaimDetail(suggested.id))!.events.map((e) => e.type)).toContain("SUGGESTION_REJECTED");
  });
});

describe("claims made by hand", () => {
  it("anchors a claim to exactly the selected span and reads its values", async () => {
    const body = (await getArticle(slug))!.body;
    const start = body.indexOf("originally signed in 2005 for 15 years");
    const claim = await createManualClaim(reviewer, slug, { start, end: start + "originally signed in 2005 for 15 years".length });
    const detail = (await getClaimDetail(claim.id))!;
    expect(detail).toMatchObject({ quote: "originally signed in 2005 for 15 years", origin: "MANUAL" });
    expect(detail.values).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "date", value: "2005" })]));
    await expect(createManualClaim(reviewer, slug, { start, end: start + 10 })).resolves.toBeDefined();
    await expect(createManualClaim(reviewer, slug, { start, end: start + 10 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createManualClaim(reviewer, slug, { start: 0, end: body.length + 5 })).rejects.toMatchObject({ code: "INVALID", fields: { end: expect.any(String) } });
  });
});
