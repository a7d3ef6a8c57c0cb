import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { importArticle, importArticleFile } from "@/lib/import/import-article";
import { MAX_ARTICLE_BYTES } from "@/lib/import/limits";
import { clearDatabase, createUser } from "../factories";

beforeEach(clearDatabase);

// An original text for these tests: a money amount, a date and a quotation.
const BODY =
  "Harbour dredging runs over budget\n\n" +
  "The port authority has spent $38 million dredging the eastern channel since March 2021, twice its first estimate.\n\n" +
  "“We underestimated the silt,” the authority's chair, Mara Lindqvist, said on 4 June 2024.";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function counts() {
  const [articles, revisions, claims, events] = await Promise.all([
    prisma.article.count(),
    prisma.articleRevision.count(),
    prisma.claim.count(),
    prisma.claimEvent.count(),
  ]);
  return { articles, revisions, claims, events };
}

describe("importArticle", () => {
  it("creates the article exactly as given, its revision 1, and its detected claims as suggestions with their events", async () => {
    const reviewer = await createUser("REVIEWER");
    const article = await importArticle(
      { title: "Harbour dredging runs over budget", body: BODY, url: "https://ledger.example/harbour", publication: "The Harbour Ledger", publishedAt: "2024-06-05" },
      reviewer,
    );
    expect(article).toMatchObject({
      slug: "harbour-dredging-runs-over-budget",
      title: "Harbour dredging runs over budget",
      publication: "The Harbour Ledger",
      url: "https://ledger.example/harbour",
      publishedAt: "2024-06-05T00:00:00.000Z",
      version: 1,
      signedOffCount: 0,
    });
    expect(article.claimCount).toBeGreaterThanOrEqual(2);

    const stored = await prisma.article.findUniqueOrThrow({ where: { slug: article.slug }, include: { revisions: true, claims: { include: { events: true } } } });
    expect(stored.body).toBe(BODY);
    expect(stored.createdById).toBe(reviewer.id);
    expect(stored.revisions).toEqual([expect.objectContaining({ number: 1, body: BODY, createdById: reviewer.id })]);
    expect(stored.claims).toHaveLength(article.claimCount);
    for (const claim of stored.claims) {
      expect(claim).toMatchObject({ suggestion: "SUGGESTED", origin: "DETECTED", state: "UNREVIEWED" });
      expect(BODY.slice(claim.start, claim.end)).toBe(claim.quote);
      expect(claim.events).toEqual([expect.objectContaining({ type: "CLAIM_CREATED", actorId: reviewer.id })]);
    }
    // The money sentence and the quoted one are both check-worthy, whichever kind the detector gives the latter.
    expect(stored.claims.some((c) => c.kind === "money" && c.quote.includes("$38 million"))).toBe(true);
    expect(stored.claims.some((c) => c.quote.includes("We underestimated the silt"))).toBe(true);
  });

  it("refuses the same text or the same URL a second time, saving nothing", async () => {
    await importArticle({ title: "First", body: BODY, url: "https://ledger.example/harbour" }, null);
    const before = await counts();

    const sameText = await importArticle({ title: "Second", body: BODY }, null).catch((e: unknown) => e);
    expect(sameText).toBeInstanceOf(AppError);
    expect(sameText).toMatchObject({ code: "CONFLICT", status: 409, fields: { body: expect.any(String) } });
    const sameUrl = await importArticle({ title: "Third", body: `${BODY}\n\nA new paragraph.`, url: "https://ledger.example/harbour" }, null).catch((e: unknown) => e);
    expect(sameUrl).toMatchObject({ code: "CONFLICT", fields: { url: expect.any(String) } });

    expect(await counts()).toEqual(before);
  });

  it("never gives an article the slug of the import page", async () => {
    expect((await importArticle({ title: "New", body: BODY }, null)).slug).toBe("new-article");
  });

  it("refuses invalid fields and a body over 2 MB, saving nothing", async () => {
    const bad = await importArticle({ title: "", body: BODY, url: "javascript:alert(1)", publishedAt: "2024-02-30" }, null).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: "INVALID", status: 422, fields: { title: expect.any(String), url: "Must be an http or https URL.", publishedAt: "Give the date as YYYY-MM-DD." } });
    const huge = await importArticle({ title: "Huge", body: "a".repeat(MAX_ARTICLE_BYTES + 1) }, null).catch((e: unknown) => e);
    expect(huge).toMatchObject({ code: "TOO_LARGE", status: 413 });
    expect(await counts()).toEqual({ articles: 0, revisions: 0, claims: 0, events: 0 });
  });
});

describe("importArticleFile", () => {
  it("imports an HTML page's readable text with its title, and resolves relative dates from the published date", async () => {
    const page = `<html><head><title>Ferry fares rise | The Harbour Ledger</title><script>var s = 1;</script></head><body>
      <nav><a href="/">Home</a></nav><article><h1>Ferry fares rise</h1>
      <p>Ferry fares will rise by 15% next year, the operator said on Monday.</p>
      <p>The operator lost &pound;4 million last year.</p></article></body></html>`;
    const article = await importArticleFile({ name: "ferry.html", bytes: utf8(page) }, { publishedAt: "2024-06-05" }, null);
    expect(article.title).toBe("Ferry fares rise");
    const stored = await prisma.article.findUniqueOrThrow({ where: { slug: article.slug }, include: { claims: true } });
    expect(stored.body).toBe("Ferry fares rise\n\nFerry fares will rise by 15% next year, the operator said on Monday.\n\nThe operator lost £4 million last year.");
    expect(stored.claims.every((c) => c.suggestion === "SUGGESTED")).toBe(true);
    const loss = stored.claims.find((c) => c.quote.includes("£4 million"));
    // "last year" read against the article's own date, not today's.
    expect(JSON.parse(loss?.values ?? "[]")).toContainEqual(expect.objectContaining({ kind: "date", value: "2023", relative: true }));
  });

  it("keeps a given title over the file's, and takes a .txt file's first line otherwise", async () => {
    const given = await importArticleFile({ name: "a.md", bytes: utf8("# From the file\n\nRents rose 8% in 2023.") }, { title: "Given title" }, null);
    expect(given.title).toBe("Given title");
    const txt = await importArticleFile({ name: "b.txt", bytes: utf8("\nSchool budgets cut\nThe district cut $2 million in 2024.\n") }, {}, null);
    expect(txt.title).toBe("School budgets cut");
    expect((await prisma.article.findUniqueOrThrow({ where: { slug: txt.slug } })).body).toBe("\nSchool budgets cut\nThe district cut $2 million in 2024.\n");
  });

  it("refuses binary, empty and unreadable files and a duplicate, naming the file field, saving nothing new", async () => {
    await importArticleFile({ name: "first.txt", bytes: utf8(BODY) }, {}, null);
    const before = await counts();
    const cases: [string, Uint8Array, string][] = [
      ["photo.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), "INVALID"],
      ["empty.md", new Uint8Array(0), "INVALID"],
      ["blank.html", utf8("<html><body><nav>Home</nav><script>x()</script></body></html>"), "INVALID"],
      ["again.txt", utf8(BODY), "CONFLICT"],
      ["huge.txt", new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), "TOO_LARGE"],
    ];
    for (const [name, bytes, code] of cases) {
      const error = await importArticleFile({ name, bytes }, { title: "A title" }, null).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(AppError);
      expect(error, name).toMatchObject({ code, fields: { file: expect.any(String) } });
    }
    expect(await counts()).toEqual(before);
  });

  it("asks for a title when neither the person nor the file gives one", async () => {
    const error = await importArticleFile({ name: "untitled.html", bytes: utf8("<p>Bus lanes cut journey times by 9% in 2023.</p>") }, {}, null).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID", fields: { title: "Give the article's title: none was found in the file." } });
  });
});
