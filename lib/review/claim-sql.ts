import { Prisma } from "@/lib/generated/prisma/client";
import { toClaimJson, type ClaimJson, type ClaimRow } from "./claim-json";

// The reading pages' claim reads as plain SQL (the same on SQLite and PostgreSQL): Prisma 6.19 compiles every model
// query's plan afresh, which cost 2.5 ms for an article's 28 claims and 5 ms for a claim's card, against about a
// tenth of that for the same rows read raw. The rows are those `claimSelect` reads; `toClaimJson` shapes them.

/** FROM a claim (`c`) with its article (`a`) and its assignee (`u`), for `CLAIM_COLUMNS`. */
export const CLAIM_FROM = Prisma.sql`"Claim" c JOIN "Article" a ON a."id" = c."articleId" LEFT JOIN "User" u ON u."id" = c."assigneeId"`;

export const CLAIM_COLUMNS = Prisma.sql`c."id", c."start", c."end", c."quote", c."prefix", c."suffix", c."kind", c."values", c."score",
  c."origin", c."suggestion", c."state", c."verdict", c."rationale", c."correction", c."notice", c."anchor", c."previousQuote",
  c."version", c."createdAt", c."updatedAt", a."slug" AS "articleSlug", u."email" AS "assigneeEmail", u."name" AS "assigneeName"`;

/** A claim as `CLAIM_COLUMNS` reads it: its relations flattened into columns. */
export type ClaimSqlRow = Omit<ClaimRow, "article" | "assignee" | "createdAt" | "updatedAt"> & {
  createdAt: Date | string;
  updatedAt: Date | string;
  articleSlug: string;
  assigneeEmail: string | null;
  assigneeName: string | null;
};

/** A date column as Prisma answers it raw: a Date on both databases, text should a driver ever give it. */
export const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

/** A person read through a LEFT JOIN: their name and email, or null when the row names nobody. */
export const personOrNull = (name: string | null, email: string | null) => (name !== null && email !== null ? { name, email } : null);

export function claimJsonFromSql(row: ClaimSqlRow): ClaimJson {
  const { articleSlug, assigneeEmail, assigneeName, createdAt, updatedAt, ...claim } = row;
  return toClaimJson({
    ...claim,
    start: Number(claim.start),
    end: Number(claim.end),
    score: Number(claim.score),
    version: Number(claim.version),
    createdAt: asDate(createdAt),
    updatedAt: asDate(updatedAt),
    article: { slug: articleSlug },
    assignee: personOrNull(assigneeName, assigneeEmail),
  });
}
