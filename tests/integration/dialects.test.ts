import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { dataStamp } from "@/lib/dashboard/cache";
import { listClaimsTable } from "@/lib/dashboard/list-claims";
import { claimsQuerySchema } from "@/lib/dashboard/claims-table";
import { ALL_CLAIMS } from "@/lib/dashboard/scope";
import type { SessionUser } from "@/lib/auth/session-user";
import { createTestArticle, createUser } from "../factories";

// Where SQLite and PostgreSQL differ by nature, Claimdesk settles on one behaviour: these run on both.
let editor: SessionUser;
let article: Awaited<ReturnType<typeof createTestArticle>>;
const query = (input: Record<string, string | number>) => claimsQuerySchema.parse(input);

beforeAll(async () => {
  editor = await createUser("EDITOR");
  article = await createTestArticle(
    "The Ministry said the ÉTAT budget rose by $20 million in 2023.\n\nÀ Québec, the état paid $15 million in 2022.\n\nZebra Holdings earned $9 million in 2021, and apple growers $7 million in 2020.",
    { title: "Dialects" },
  );
});

describe("one behaviour on both databases", () => {
  it("a change stamp moves with a change made within the same second (timestamps keep their milliseconds)", async () => {
    const before = await dataStamp();
    await prisma.claimEvent.create({ data: { claimId: article.claims[0].id, type: "COMMENTED" } });
    expect(await dataStamp()).not.toBe(before);
  });

  it("search is case-insensitive beyond ASCII: 'ÉTAT' finds 'état' and 'État'", async () => {
    const quotes = (await prisma.claim.findMany({ where: { articleId: article.id }, select: { quote: true } })).map((c) => c.quote);
    const page = await listClaimsTable(ALL_CLAIMS, editor.id, query({ q: "état", article: "dialects" }));
    const expected = quotes.filter((q) => q.toLowerCase().includes("état"));
    expect(expected.length).toBeGreaterThan(0);
    expect(page.claims.map((c) => c.quote).sort()).toEqual(expected.sort());
  });

  it("text sorts by code point: capitals before lower case, accented letters last", async () => {
    const page = await listClaimsTable(ALL_CLAIMS, editor.id, query({ article: "dialects", sort: "quote", order: "asc", pageSize: 100 }));
    const quotes = page.claims.map((c) => c.quote);
    expect(quotes).toEqual([...quotes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("slug lookups never depend on startsWith's case rule (insensitive on SQLite, sensitive on PostgreSQL): slugs are lower case", async () => {
    const again = await createTestArticle("Another text about DIALECTS with $3 million in 2019.", { title: "DIALECTS" });
    expect(again.slug).toBe("dialects-2");
    expect(await prisma.article.count({ where: { slug: { startsWith: "dialects" } } })).toBe(2);
  });

  it("enum values written as literals in raw SQL filter on both", async () => {
    const rows = await prisma.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM "Claim" c WHERE c."state" = 'UNREVIEWED' AND c."articleId" = ${article.id}`;
    expect(Number(rows[0].n)).toBe(await prisma.claim.count({ where: { articleId: article.id, state: "UNREVIEWED" } }));
  });
});
