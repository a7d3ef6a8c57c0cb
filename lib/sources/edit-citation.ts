import { z } from "zod";
import { prisma, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { extractValues } from "@/lib/claims";
import { recordClaimEvents } from "@/lib/review/events";
import { serializeValues } from "@/lib/review/stored-values";
import { runCitationChecks } from "@/lib/checks/run-citation-checks";
import { STANCES } from "./schema";
import { TEXT_LIMITS } from "@/lib/review/limits";
import { STANCE_CHOICE, listLabels } from "@/lib/review/labels";

export const citationEditSchema = z
  .object({
    passage: z.string().trim().min(1, "Give the passage from the source.").max(TEXT_LIMITS.passage, `Keep the passage under ${TEXT_LIMITS.passage.toLocaleString("en-US")} characters.`).optional(),
    stance: z.enum(STANCES, { error: `Choose a stance: ${listLabels(STANCE_CHOICE, STANCES).toLowerCase()}.` }).optional(),
  })
  .refine((edit) => edit.passage !== undefined || edit.stance !== undefined, { message: "Change the passage or the stance.", path: ["passage"] });

async function loadEditable(tx: Tx, citationId: string) {
  const citation = await tx.citation.findUnique({
    where: { id: citationId },
    select: { id: true, claimId: true, passage: true, stance: true, removedAt: true, source: { select: { title: true } }, claim: { select: { state: true, article: { select: { publishedAt: true } } } } },
  });
  if (!citation || citation.removedAt) throw notFound("That citation");
  if (citation.claim.state === "SIGNED_OFF") throw new AppError("CONFLICT", "This claim is signed off: an editor must reopen it before its evidence changes.");
  return citation;
}

/** Changes a citation's passage or stance; the history keeps what it was, and the checks run again. */
export async function editCitation(user: SessionUser, citationId: string, edit: z.infer<typeof citationEditSchema>) {
  requirePermission(user, "citation:write");
  return prisma.$transaction(async (tx) => {
    const citation = await loadEditable(tx, citationId);
    const passage = edit.passage ?? citation.passage;
    const stance = edit.stance ?? citation.stance;
    const values = extractValues(passage, { publishedAt: citation.claim.article.publishedAt });
    await tx.citation.update({ where: { id: citationId }, data: { passage, stance, values: serializeValues(values) } });
    await recordClaimEvents(tx, citation.claimId, user.id, [
      {
        type: "CITATION_EDITED",
        from: citation.stance,
        to: stance,
        detail: { citationId, source: citation.source.title, ...(passage !== citation.passage ? { fromPassage: citation.passage, toPassage: passage } : {}) },
      },
    ]);
    const flags = await runCitationChecks(tx, citation.claimId);
    return { citation: { id: citationId, passage, stance, values }, flags };
  });
}

/** Withdraws a citation: kept for the history, gone from the evidence; its automatic flags resolve themselves. */
export async function removeCitation(user: SessionUser, citationId: string) {
  requirePermission(user, "citation:write");
  return prisma.$transaction(async (tx) => {
    const citation = await loadEditable(tx, citationId);
    await tx.citation.update({ where: { id: citationId }, data: { removedAt: new Date() } });
    await recordClaimEvents(tx, citation.claimId, user.id, [{ type: "CITATION_REMOVED", from: citation.stance, detail: { citationId, source: citation.source.title } }]);
    await runCitationChecks(tx, citation.claimId, "removed");
    return { removed: citationId };
  });
}
