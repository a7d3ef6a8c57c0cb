import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { searchDesk } from "@/lib/search/search";
import { searchQuerySchema } from "@/lib/search/query";
import { addComment } from "@/lib/review/add-comment";
import { pasteSource } from "@/lib/snapshots/add-source";
import type { SessionUser } from "@/lib/auth/session-user";
import { clearDatabase, createTestArticle, createUser } from "../factories";

const FIRST = "Jets\n\nPakistan received 18 F-16 fighter jets in 2010, officials said.\n\nThe deal was worth $1.4 billion in 2006.";
const SECOND = "More jets\n\nIslamabad bought 18 F-16 aircraft in 2010.\n\nTrade reached $12 billion in 2022.";

const search = (q: string, extra: Record<string, unknown> = {}) => searchDesk(searchQuerySchema.parse({ q, ...extra }));

let reviewer: SessionUser;
beforeEach(async () => {
  await clearDatabase();
  reviewer = await createUser("REVIEWER");
});

describe("search", () => {
  it("finds a source by the text kept from it, with the snippet from that text, listed once", async () => {
    await prisma.snapshot.deleteMany();
    await prisma.source.deleteMany();
    const kept = await pasteSource(reviewer, {
      title: "Flood relief ledger",
      text: "Chapter two. The ministry recorded disbursements through Kharotabad district in October 2022, then paused.",
      url: null,
      publisher: null,
    });
    const { results } = await search("kharotabad disbursements", { type: "source" });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ type: "source", id: kept.source.id, title: "Flood relief ledger" });
    expect(results[0].snippet).toContain("Kharotabad district");
    const marked = results[0].highlights.map(([from, to]) => results[0].snippet.slice(from, to).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(["kharotabad", "disbursements"]));
    // Its title and its text both match "flood": one result for the source.
    const both = await search("flood relief ledger", { type: "source" });
    expect(both.results.filter((r) => r.id === kept.source.id)).toHaveLength(1);
  });

  it("finds F-16 across both articles' claims and the articles themselves, with highlighted snippets and links", async () => {
    const a = await createTestArticle(FIRST, { title: "Jets for Pakistan" });
    const b = await createTestArticle(SECOND, { title: "More jets" });
    const { results, total } = await search("F-16");
    const claims = results.filter((r) => r.type === "claim");
    const articles = results.filter((r) => r.type === "article");
    expect(new Set(articles.map((r) => r.url))).toEqual(new Set([`/articles/${a.slug}`, `/articles/${b.slug}`]));
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const claim of claims) {
      expect(claim.url).toBe(`/claims/${claim.id}`);
      const marked = claim.highlights.map(([s, e]) => claim.snippet.slice(s, e).toLowerCase());
      expect(marked).toEqual(expect.arrayContaining(["f", "16"]));
    }
    expect(total).toBe(results.length);
    // Best first.
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((x, y) => y - x));
  });

  it("filters by type, limits, and ranks the closer text first", async () => {
    await createTestArticle(FIRST, { title: "Jets for Pakistan" });
    await createTestArticle(SECOND, { title: "Trade figures" });
    const onlyArticles = await search("jets", { type: "article" });
    expect(onlyArticles.results.every((r) => r.type === "article")).toBe(true);
    // The title counts more than the body.
    expect(onlyArticles.results[0].title).toBe("Jets for Pakistan");
    const limited = await search("2010", { limit: 1 });
    expect(limited.results).toHaveLength(1);
    expect(limited.total).toBeGreaterThan(1);
  });

  it("keeps the index in step with every write, inside the write's transaction", async () => {
    const a = await createTestArticle(FIRST, { title: "Jets for Pakistan" });
    const claim = a.claims[0];
    await addComment(reviewer, claim.id, { body: "Check the zanzibar ministry release" });
    const found = await search("zanzibar");
    expect(found.results).toEqual([expect.objectContaining({ type: "comment", url: `/claims/${claim.id}#comment-${found.results[0].id}` })]);

    // A rolled-back write leaves no trace in the index; a committed one is found at once.
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.source.create({ data: { url: "https://example.org/quokka", title: "Quokka report" } });
        expect((await searchDesk(searchQuerySchema.parse({ q: "quokka" }), tx as never)).total).toBe(1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await search("quokka")).total).toBe(0);

    await prisma.article.update({ where: { id: a.id }, data: { title: "Renamed wombat piece" } });
    expect((await search("wombat")).results.map((r) => r.type)).toEqual(["article"]);
    expect((await search("Jets for Pakistan", { type: "article" })).total).toBe(0);

    await prisma.comment.deleteMany();
    expect((await search("zanzibar")).total).toBe(0);
  });

  it("treats query syntax as words, and rejects an empty query with the field", async () => {
    await createTestArticle(FIRST, { title: "Jets" });
    await expect(search('"F-16" OR NEAR( * ')).resolves.toBeDefined();
    expect(() => searchQuerySchema.parse({ q: "  " })).toThrow();
  });
});
