import { prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { recordClaimEvents } from "./events";

type Decision = "ACCEPTED" | "REJECTED";

/** Accepts or rejects detected suggestions, one or all of an article's; each decision is in the claim's history. */
export async function decideSuggestions(user: SessionUser, target: { claimId: string } | { articleSlug: string }, decision: Decision) {
  requirePermission(user, "claim:edit");
  return prisma.$transaction(async (tx) => {
    let claimIds: string[];
    if ("claimId" in target) {
      const claim = await tx.claim.findUnique({ where: { id: target.claimId }, select: { id: true, suggestion: true } });
      if (!claim) throw notFound("That claim");
      if (claim.suggestion !== "SUGGESTED") throw new AppError("CONFLICT", `This suggestion was already ${claim.suggestion.toLowerCase()}.`);
      claimIds = [claim.id];
    } else {
      const article = await tx.article.findUnique({ where: { slug: target.articleSlug }, select: { id: true } });
      if (!article) throw notFound("That article");
      claimIds = (await tx.claim.findMany({ where: { articleId: article.id, suggestion: "SUGGESTED" }, select: { id: true } })).map((c) => c.id);
    }
    const { count } = await tx.claim.updateMany({ where: { id: { in: claimIds }, suggestion: "SUGGESTED" }, data: { suggestion: decision, version: { increment: 1 } } });
    for (const id of claimIds) await recordClaimEvents(tx, id, user.id, [{ type: decision === "ACCEPTED" ? "SUGGESTION_ACCEPTED" : "SUGGESTION_REJECTED" }]);
    return { decided: count };
  });
}
