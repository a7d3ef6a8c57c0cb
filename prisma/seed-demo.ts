import fs from "node:fs";
import path from "node:path";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { detectClaims } from "@/lib/claims";
import { createArticle } from "@/lib/articles/create-article";
import { attachSource } from "@/lib/sources/attach-source";
import { parseStoredValues } from "@/lib/review/stored-values";
import { DEMO_ARTICLE, DEMO_CITATIONS, DEMO_PASSWORD, DEMO_USERS } from "./demo";

// Idempotent: each step creates only what is missing, so running the seed twice changes nothing.

async function seedUsers() {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await prisma.user.upsert({ where: { email: user.email }, update: {}, create: { ...user, passwordHash } });
  }
}

async function seedArticle() {
  const existing = await prisma.article.findUnique({ where: { slug: DEMO_ARTICLE.slug }, select: { id: true } });
  if (existing) return null;
  const body = fs.readFileSync(path.join(__dirname, "fixtures", DEMO_ARTICLE.file), "utf8");
  const claims = detectClaims(body, { publishedAt: DEMO_ARTICLE.publishedAt });
  return createArticle({
    slug: DEMO_ARTICLE.slug,
    title: DEMO_ARTICLE.title,
    publication: DEMO_ARTICLE.publication,
    publishedAt: DEMO_ARTICLE.publishedAt,
    body,
    claims,
    claimsAs: "ACCEPTED",
  });
}

/** The claim whose span carries the value, checked to be normalized as the brief says. */
async function findDemoClaim(articleId: string, citation: (typeof DEMO_CITATIONS)[number]) {
  const claims = await prisma.claim.findMany({ where: { articleId }, select: { id: true, quote: true, values: true } });
  const claim = claims.find((c) => c.quote.includes(citation.valueText));
  const value = claim && parseStoredValues(claim.values).find((v) => v.text.includes(citation.valueText.replace(/^more than /, "")));
  const { expected } = citation;
  if (!claim || !value || value.value !== expected.value || value.unit !== expected.unit || (value.qualifier ?? undefined) !== expected.qualifier) {
    throw new Error(`The detector did not normalize “${citation.valueText}” as ${JSON.stringify(expected)}: ${JSON.stringify(value)}`);
  }
  return claim.id;
}

async function seedCitations(articleId: string) {
  const reviewer = await prisma.user.findUniqueOrThrow({
    where: { email: "reviewer@claimdesk.test" },
    select: { id: true, email: true, name: true, role: true },
  });
  for (const citation of DEMO_CITATIONS) {
    const claimId = await findDemoClaim(articleId, citation);
    await attachSource(reviewer, claimId, {
      url: citation.source.url,
      title: citation.source.title,
      publisher: citation.source.publisher,
      sourceKind: citation.source.kind,
      passage: citation.passage,
      stance: citation.stance,
    });
  }
}

/** Seeds the demo accounts, the demo article with its claims, and the public record on its three named claims. */
export async function seedDemo() {
  await seedUsers();
  const article = await seedArticle();
  if (article) await seedCitations(article.id);
}
