import { sqlTransaction } from "@/lib/db/client";
import { newId } from "@/lib/db/new-id";
import { closedSetLiteral } from "@/lib/db/closed-set-literal";
import { asDate } from "@/lib/review/claim-sql";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { extractValues } from "@/lib/claims";
import { recordClaimEvents } from "@/lib/review/events";
import { serializeValues } from "@/lib/review/stored-values";
import { runCitationChecks } from "@/lib/checks/run-citation-checks";
import { normalizeSourceUrl } from "./url";
import type { CitationInput } from "./schema";

/**
 * Ties a claim to a source with the passage that bears on it. The source is found by its
 * normalized URL or created, so every claim citing one page shares one Source.
 */
export async function attachSource(user: SessionUser, claimId: string, input: CitationInput) {
  requirePermission(user, "citation:write");
  const url = normalizeSourceUrl(input.url);
  if (!url) throw new AppError("INVALID", "The source URL must be http or https.", { url: "Must be an http or https URL." });

  // Plain SQL for the claim's check, the source and the citation (the same on both databases): attaching a source is
  // among the commonest writes, and Prisma's model queries cost about a millisecond each in plan compiling alone. The
  // transaction itself runs past Prisma's engine too (lib/db/direct-transactions.ts).
  return sqlTransaction(async (tx) => {
    const [claim] = await tx.$queryRaw<{ state: string; publishedAt: Date | string | null }[]>`
      SELECT c."state", a."publishedAt" FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE c."id" = ${claimId}`;
    if (!claim) throw notFound("That claim");
    if (claim.state === "SIGNED_OFF")
      throw new AppError("CONFLICT", "This claim is signed off: an editor must reopen it before its evidence changes.");

    // Every claim citing one page shares its Source: made here the first time, as it was given then.
    await tx.$executeRaw`
      INSERT INTO "Source" ("id", "url", "title", "publisher", "kind", "publishedAt", "accessedAt", "createdById", "createdAt")
      VALUES (${newId()}, ${url}, ${input.title}, ${input.publisher ?? null}, ${closedSetLiteral(input.sourceKind ?? "SECONDARY")},
              ${input.publishedAt ?? null}, ${input.accessedAt ?? new Date()}, ${user.id}, ${new Date()})
      ON CONFLICT ("url") DO NOTHING`;
    const [source] = await tx.$queryRaw<{ id: string; url: string; title: string; publisher: string | null }[]>`
      SELECT "id", "url", "title", "publisher" FROM "Source" WHERE "url" = ${url}`;
    const values = extractValues(input.passage, { publishedAt: claim.publishedAt === null ? null : asDate(claim.publishedAt) });
    const citation = { id: newId(), passage: input.passage, stance: input.stance, createdAt: new Date() };
    await tx.$executeRaw`
      INSERT INTO "Citation" ("id", "claimId", "sourceId", "passage", "stance", "values", "createdById", "createdAt", "updatedAt")
      VALUES (${citation.id}, ${claimId}, ${source.id}, ${citation.passage}, ${closedSetLiteral(citation.stance)}, ${serializeValues(values)},
              ${user.id}, ${citation.createdAt}, ${citation.createdAt})`;
    await recordClaimEvents(tx, claimId, user.id, [
      { type: "CITATION_ADDED", to: input.stance, detail: { citationId: citation.id, source: source.title, url: source.url } },
    ]);
    const flags = await runCitationChecks(tx, claimId);
    return { citation: { ...citation, values, source }, flags };
  });
}
