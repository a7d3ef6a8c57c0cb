import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed-demo";
import { DEMO_ARTICLE } from "@/prisma/demo";
import { getArticle, listArticleClaims, listArticles } from "@/lib/articles/articles";
import { getClaimDetail } from "@/lib/review/claim-detail";
import { verifyPassword } from "@/lib/auth/password";

describe("the demo seed", () => {
  it("creates the demo accounts, article and anchored claims, and is idempotent", async () => {
    await seedDemo();
    await seedDemo();
    expect(await prisma.user.count()).toBe(3);
    const editor = await prisma.user.findUniqueOrThrow({ where: { email: "editor@claimdesk.test" } });
    expect(editor.role).toBe("EDITOR");
    expect(await verifyPassword(editor.passwordHash, "claimdesk-demo")).toBe(true);

    const articles = await listArticles();
    expect(articles).toHaveLength(1);
    const article = (await getArticle(DEMO_ARTICLE.slug))!;
    expect(article).toMatchObject({ title: DEMO_ARTICLE.title, publication: "The Diplomat", version: 1 });
    const claims = await listArticleClaims(article.id);
    expect(articles[0].claimCount).toBe(claims.length);
    for (const claim of claims) {
      expect(article.body.slice(claim.start, claim.end)).toBe(claim.quote);
      expect(article.body.slice(claim.start - claim.prefix.length, claim.start)).toBe(claim.prefix);
      expect(article.body.slice(claim.end, claim.end + claim.suffix.length)).toBe(claim.suffix);
    }
    expect(await prisma.claimEvent.count({ where: { type: "CLAIM_CREATED" } })).toBe(claims.length);
  });

  it("normalizes the three named values exactly and cites the public record on them", async () => {
    await seedDemo();
    const article = (await getArticle(DEMO_ARTICLE.slug))!;
    const claims = await listArticleClaims(article.id);
    const valueOf = (text: string) => claims.flatMap((c) => c.values.map((v) => ({ claim: c, v }))).find(({ v }) => v.text === text);

    expect(valueOf("$450 million")?.v).toMatchObject({ kind: "money", value: 450_000_000, unit: "USD" });
    expect(valueOf("$12 billion")?.v).toMatchObject({ kind: "money", value: 12_000_000_000, unit: "USD" });
    const flood = valueOf("more than $200 billion");
    expect(flood?.v).toMatchObject({ kind: "money", value: 200_000_000_000, unit: "USD", qualifier: "more than" });

    const detail = (await getClaimDetail(flood!.claim.id))!;
    expect(detail.citations).toHaveLength(1);
    expect(detail.citations[0]).toMatchObject({ stance: "CONTRADICTS", source: { publisher: "U.S. Department of State" } });
    expect(detail.citations[0].values).toContainEqual(expect.objectContaining({ value: 200_000_000, unit: "USD", qualifier: "over" }));
    expect(detail.events.map((e) => e.type)).toEqual(["CLAIM_CREATED", "CITATION_ADDED", "FLAG_RAISED"]);
    expect(detail.flags).toMatchObject([{ kind: "NUMBER_MISMATCH", severity: "HIGH", status: "OPEN", automatic: true }]);
  });
});
