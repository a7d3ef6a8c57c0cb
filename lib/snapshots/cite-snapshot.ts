import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { extractValues } from "@/lib/claims";
import { quoteSelector } from "@/lib/claims/selector";
import { recordClaimEvents } from "@/lib/review/events";
import { serializeValues } from "@/lib/review/stored-values";
import { runCitationChecks } from "@/lib/checks/run-citation-checks";
import { TEXT_LIMITS } from "@/lib/review/limits";
import { STANCES } from "@/lib/sources/schema";
import { STANCE_CHOICE, listLabels } from "@/lib/review/labels";

// A citation whose passage is an exact slice of a snapshot's text (API.md: POST /api/claims/{id}/citations with
// snapshotId). The source, its URL and title come from the snapshot; the checks run as for any citation.

const offset = (what: string) => z.number({ error: `Give the passage's ${what} as a whole number.` }).int(`Give the passage's ${what} as a whole number.`).nonnegative(`The passage's ${what} cannot be negative.`);

export const snapshotCitationSchema = z
  .object({
    snapshotId: z.string({ error: "Name the snapshot." }).trim().min(1, "Name the snapshot.").max(64, "That is not a snapshot id."),
    start: offset("start"),
    end: offset("end"),
    stance: z.enum(STANCES, { error: `Choose a stance: ${listLabels(STANCE_CHOICE, STANCES).toLowerCase()}.` }),
  })
  .refine((v) => v.end > v.start, { path: ["end"], message: "The passage must end after it starts." })
  .refine((v) => v.end - v.start <= TEXT_LIMITS.passage, { path: ["end"], message: `Keep the passage under ${TEXT_LIMITS.passage.toLocaleString("en-US")} characters.` });
export type SnapshotCitationInput = z.infer<typeof snapshotCitationSchema>;

export const isSnapshotCitation = (body: unknown) => !!body && typeof body === "object" && "snapshotId" in body;

export async function citeSnapshot(user: SessionUser, claimId: string, input: SnapshotCitationInput) {
  requirePermission(user, "citation:write");
  return prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { state: true, article: { select: { publishedAt: true } } } });
    if (!claim) throw notFound("That claim");
    if (claim.state === "SIGNED_OFF") throw new AppError("CONFLICT", "This claim is signed off: an editor must reopen it before its evidence changes.");
    const snapshot = await tx.snapshot.findUnique({
      where: { id: input.snapshotId },
      select: { id: true, text: true, retrievedAt: true, source: { select: { id: true, url: true, title: true, publisher: true } } },
    });
    if (!snapshot) throw new AppError("INVALID", "That snapshot does not exist.", { snapshotId: "No snapshot has this id." });
    if (input.end > snapshot.text.length)
      throw new AppError("INVALID", "The passage runs past the end of the snapshot's text.", { end: `The snapshot's text has ${snapshot.text.length.toLocaleString("en-US")} characters.` });
    const { quote, prefix, suffix } = quoteSelector(snapshot.text, input.start, input.end);
    if (!quote.trim()) throw new AppError("INVALID", "The passage is only white space.", { start: "Choose a passage with words in it." });
    const values = extractValues(quote, { publishedAt: claim.article.publishedAt });
    const citation = await tx.citation.create({
      data: { claimId, sourceId: snapshot.source.id, snapshotId: snapshot.id, start: input.start, end: input.end, prefix, suffix, passage: quote, stance: input.stance, values: serializeValues(values), createdById: user.id },
      select: { id: true, passage: true, stance: true, createdAt: true, snapshotId: true, start: true, end: true, prefix: true, suffix: true },
    });
    await recordClaimEvents(tx, claimId, user.id, [
      { type: "CITATION_ADDED", to: input.stance, detail: { citationId: citation.id, source: snapshot.source.title, url: snapshot.source.url, snapshotId: snapshot.id } },
    ]);
    const flags = await runCitationChecks(tx, claimId);
    return { citation: { ...citation, values, retrievedAt: snapshot.retrievedAt.toISOString(), source: snapshot.source }, flags };
  });
}
