import type { SqlTx } from "./client";

/**
 * Takes the row lock of a claim (or article) for the rest of the transaction, without changing it. The automatic
 * checks read a claim's flags and then raise the missing ones: on SQLite transactions already run one at a time,
 * but on PostgreSQL two checks of one claim at the same moment (two sources attached at once, through two
 * instances) would both see no flag and both raise it. A no-op UPDATE locks the row on PostgreSQL and is harmless
 * on SQLite, in one statement for both.
 */
export async function lockClaim(tx: SqlTx, claimId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Claim" SET "version" = "version" WHERE "id" = ${claimId}`;
}

export async function lockArticle(tx: SqlTx, articleId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Article" SET "currentRevision" = "currentRevision" WHERE "id" = ${articleId}`;
}

/** The same lock, answering the claim's stored values in the same statement (the citation checks read them next). */
export async function lockClaimReadingValues(tx: SqlTx, claimId: string): Promise<{ values: string } | undefined> {
  const [row] = await tx.$queryRaw<{ values: string }[]>`UPDATE "Claim" SET "version" = "version" WHERE "id" = ${claimId} RETURNING "values"`;
  return row;
}
