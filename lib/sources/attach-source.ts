import { prisma } from "@/lib/db/client";
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

  return prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, state: true, article: { select: { publishedAt: true } } } });
    if (!claim) throw notFound("That claim");
    if (claim.state === "SIGNED_OFF")
      throw new AppError("CONFLICT", "This claim is signed off: an editor must reopen it before its evidence changes.");

    const source = await tx.source.upsert({
      where: { url },
      update: {},
      create: {
        url,
        title: input.title,
        publisher: input.publisher ?? null,
        kind: input.sourceKind ?? "SECONDARY",
        publishedAt: input.publishedAt ?? null,
        accessedAt: input.accessedAt ?? new Date(),
        createdById: user.id,
      },
      select: { id: true, url: true, title: true, publisher: true },
    });
    const values = extractValues(input.passage, { publishedAt: claim.article.publishedAt });
    const citation = await tx.citation.create({
      data: { claimId, sourceId: source.id, passage: input.passage, stance: input.stance, values: serializeValues(values), createdById: user.id },
      select: { id: true, passage: true, stance: true, createdAt: true },
    });
    await recordClaimEvents(tx, claimId, user.id, [
      { type: "CITATION_ADDED", to: input.stance, detail: { citationId: citation.id, source: source.title, url: source.url } },
    ]);
    const flags = await runCitationChecks(tx, claimId);
    return { citation: { ...citation, values, source }, flags };
  });
}
