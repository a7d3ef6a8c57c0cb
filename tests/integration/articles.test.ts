import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { listArticles } from "@/lib/articles/articles";
import { articleProgress } from "@/lib/dashboard/summary";
import { clearDatabase, createTestArticle, SAMPLE_BODY } from "../factories";

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
});
