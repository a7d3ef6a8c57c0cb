import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createTestArticle, SAMPLE_BODY } from "../../factories";

describe("prepared statements on PostgreSQL", () => {
  it("prepares a statement once per connection and answers each call with its own arguments", async () => {
    const article = await createTestArticle(SAMPLE_BODY);
    const [first, second] = article.claims;
    // One transaction: one connection, whose prepared statements pg_prepared_statements lists.
    const { quotes, prepared } = await prisma.$transaction(async (tx) => {
      const one = await tx.claim.findUniqueOrThrow({ where: { id: first.id }, select: { quote: true } });
      const two = await tx.claim.findUniqueOrThrow({ where: { id: second.id }, select: { quote: true } });
      const statements = await tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
      return { quotes: [one.quote, two.quote], prepared: statements };
    });
    expect(quotes).toEqual([first.quote, second.quote]);
    const claimReads = prepared.filter((s) => s.statement.startsWith(`SELECT "public"."Claim"."id", "public"."Claim"."quote" FROM`));
    expect(claimReads).toHaveLength(1);
    expect(claimReads[0].name).toMatch(/^cd_/);
    // Transaction control and statements without parameters are sent as they are.
    expect(prepared.some((s) => /^\s*(BEGIN|COMMIT)/i.test(s.statement))).toBe(false);
    expect(prepared.some((s) => s.statement.includes("pg_prepared_statements"))).toBe(false);
  });
});
