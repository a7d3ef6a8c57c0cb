import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { createArticle } from "@/lib/articles/create-article";
import { detectClaims } from "@/lib/claims";

let passwordHash: Promise<string> | undefined;

/** A user of the given role, as the domain functions see a signed-in person. */
export async function createUser(role: Role = "REVIEWER", overrides: { email?: string; name?: string; disabled?: boolean } = {}): Promise<SessionUser> {
  passwordHash ??= hashPassword("test-password");
  const email = overrides.email ?? `${role.toLowerCase()}-${crypto.randomUUID().slice(0, 8)}@claimdesk.test`;
  return prisma.user.create({
    data: { email, name: overrides.name ?? `${role[0]}${role.slice(1).toLowerCase()} ${email.slice(0, 6)}`, role, passwordHash: await passwordHash, disabled: overrides.disabled ?? false },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** An article with its detected claims accepted, as the seed makes them. */
export async function createTestArticle(body: string, overrides: { title?: string; url?: string; publishedAt?: Date } = {}) {
  const article = await createArticle({
    title: overrides.title ?? `Test article ${crypto.randomUUID().slice(0, 8)}`,
    body,
    url: overrides.url,
    publishedAt: overrides.publishedAt,
    claims: detectClaims(body, { publishedAt: overrides.publishedAt }),
    claimsAs: "ACCEPTED",
  });
  const claims = await prisma.claim.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
  return { ...article, claims };
}

export const SAMPLE_BODY =
  "Flood aid\n\nIn the wake of the 2022 floods, the United States has provided more than $200 billion in aid.\n\nTrade between the two stood at $12 billion in 2022.";

/** Empties every table, children first, for files whose tests each want a clean database. */
export async function clearDatabase() {
  await prisma.$transaction([
    prisma.claimEvent.deleteMany(),
    prisma.comment.deleteMany(),
    prisma.flag.deleteMany(),
    prisma.citation.deleteMany(),
    prisma.source.deleteMany(),
    prisma.claim.deleteMany(),
    prisma.articleRevision.deleteMany(),
    prisma.article.deleteMany(),
    prisma.user.deleteMany(),
  ]);
}
