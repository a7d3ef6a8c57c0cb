import crypto from "node:crypto";
import { ARTICLE_TRANSACTION, prisma, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { DetectedClaim } from "@/lib/claims/types";
import { createDetectedClaims } from "./detected-claim";
import { runArticleChecks } from "@/lib/checks/run-article-checks";
import { slugify, uniqueSlug } from "./slug";

export interface NewArticle {
  title: string;
  body: string;
  slug?: string;
  url?: string | null;
  publication?: string | null;
  publishedAt?: Date | null;
  createdById?: string | null;
  claims: DetectedClaim[];
  /** Detected claims arrive as suggestions for a reviewer, or already accepted (the demo seed). */
  claimsAs: "SUGGESTED" | "ACCEPTED";
}

export function hashBody(body: string): string {
  return crypto.createHash("sha256").update(body, "utf8").digest("hex");
}

/** Refuses a text or URL already imported, and finds the article's slug. */
export async function checkNewArticle(input: Pick<NewArticle, "title" | "body" | "slug" | "url">): Promise<{ slug: string; bodyHash: string }> {
  const bodyHash = hashBody(input.body);
  const duplicate = await prisma.article.findFirst({
    where: { OR: [{ bodyHash }, ...(input.url ? [{ url: input.url }] : [])] },
    select: { slug: true, url: true, bodyHash: true },
  });
  if (duplicate) {
    const field = duplicate.bodyHash === bodyHash ? "body" : "url";
    throw new AppError("CONFLICT", `This article was already imported as “${duplicate.slug}”.`, {
      [field]: field === "body" ? "The same text was already imported." : "An article with this URL was already imported.",
    });
  }
  const base = input.slug ?? slugify(input.title);
  const taken = await prisma.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return { slug: uniqueSlug(base, new Set(taken.map((a) => a.slug))), bodyHash };
}

/** The article row and its revision 1, inside the caller's transaction. */
export function insertArticle(tx: Tx, input: Omit<NewArticle, "claims" | "claimsAs">, checked: { slug: string; bodyHash: string }) {
  return tx.article.create({
    data: {
      slug: checked.slug,
      title: input.title,
      body: input.body,
      bodyHash: checked.bodyHash,
      url: input.url ?? null,
      publication: input.publication ?? null,
      publishedAt: input.publishedAt ?? null,
      createdById: input.createdById ?? null,
      revisions: { create: { number: 1, body: input.body, createdById: input.createdById ?? null } },
    },
    select: { id: true, slug: true },
  });
}

/**
 * Creates an article, its first revision and its claims (each with its creation event), then runs
 * the in-article checks, all in one transaction: an import is saved whole or not at all.
 */
export async function createArticle(input: NewArticle) {
  const checked = await checkNewArticle(input);
  return prisma.$transaction(async (tx) => {
    const article = await insertArticle(tx, input, checked);
    await createDetectedClaims(tx, article.id, input.claims, input.claimsAs, input.createdById ?? null);
    await runArticleChecks(tx, article.id);
    return article;
  }, ARTICLE_TRANSACTION);
}
