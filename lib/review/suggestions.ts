import { ARTICLE_TRANSACTION, prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { recordEvents } from "./events";

type Decision = "ACCEPTED" | "REJECTED";

/** Accepts or rejects detected suggestions, one or all of an article's; each decision is in the claim's history. */
export async function decideSuggestions(user: SessionUser, target: { claimId: string } | { articleSlug: string }, decision: Decision) {
  requirePermission(user, "claim:edit");
  return prisma.$transaction(async (tx) => {
    let where: Prisma.ClaimWhereInput;
    if ("claimId" in target) {
      const claim = await tx.claim.findUnique({ where: { id: target.claimId }, select: { id: true, suggestion: true } });
      if (!claim) throw notFound("That claim");
      if (claim.suggestion !== "SUGGESTED") throw new AppError("CONFLICT", `This suggestion was already ${claim.suggestion.toLowerCase()}.`);
      where = { id: claim.id, suggestion: "SUGGESTED" };
    } else {
      const article = await tx.article.findUnique({ where: { slug: target.articleSlug }, select: { id: true } });
      if (!article) throw notFound("That article");
      // By article, not by a list of ids: a long article has more suggestions than one statement may bind.
      where = { articleId: article.id, suggestion: "SUGGESTED" };
    }
    // The claims this statement changed, returned by it: on PostgreSQL another transaction may decide some of them
    // between a read and the update (READ COMMITTED), so a list read first could name claims we did not change.
    const decided = await tx.claim.updateManyAndReturn({ where, data: { suggestion: decision, version: { increment: 1 } }, select: { id: true } });
    if ("claimId" in target && decided.length === 0) throw new AppError("CONFLICT", "Someone decided this suggestion a moment ago.");
    const type = decision === "ACCEPTED" ? "SUGGESTION_ACCEPTED" : "SUGGESTION_REJECTED";
    await recordEvents(tx, user.id, decided.map(({ id: claimId }) => ({ claimId, event: { type } })));
    return { decided: decided.length };
  }, ARTICLE_TRANSACTION);
}
