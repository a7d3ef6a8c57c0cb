import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { recordEvents } from "./events";

type Decision = "ACCEPTED" | "REJECTED";

/** Accepts or rejects detected suggestions, one or all of an article's; each decision is in the claim's history. */
export async function decideSuggestions(user: SessionUser, target: { claimId: string } | { articleSlug: string }, decision: Decision) {
  requirePermission(user, "claim:edit");
  return prisma.$transaction(async (tx) => {
    let claimIds: string[];
    let where: Prisma.ClaimWhereInput;
    if ("claimId" in target) {
      const claim = await tx.claim.findUnique({ where: { id: target.claimId }, select: { id: true, suggestion: true } });
      if (!claim) throw notFound("That claim");
      if (claim.suggestion !== "SUGGESTED") throw new AppError("CONFLICT", `This suggestion was already ${claim.suggestion.toLowerCase()}.`);
      claimIds = [claim.id];
      where = { id: claim.id, suggestion: "SUGGESTED" };
    } else {
      const article = await tx.article.findUnique({ where: { slug: target.articleSlug }, select: { id: true } });
      if (!article) throw notFound("That article");
      // By article, not by a list of ids: a long article has more suggestions than one statement may bind.
      where = { articleId: article.id, suggestion: "SUGGESTED" };
      claimIds = (await tx.claim.findMany({ where, select: { id: true } })).map((c) => c.id);
    }
    // The transaction began IMMEDIATE, so the claims read are the claims updated.
    const { count } = await tx.claim.updateMany({ where, data: { suggestion: decision, version: { increment: 1 } } });
    const type = decision === "ACCEPTED" ? "SUGGESTION_ACCEPTED" : "SUGGESTION_REJECTED";
    await recordEvents(tx, user.id, claimIds.map((claimId) => ({ claimId, event: { type } })));
    return { decided: count };
  });
}
