import { z } from "zod";
import { TEXT_LIMITS } from "./limits";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { recordClaimEvents } from "./events";
import { notifyMentions } from "@/lib/notifications/notify-mentions";

export const commentInputSchema = z.object({
  body: z.string({ error: "Write a comment." }).trim().min(1, "Write a comment.").max(TEXT_LIMITS.comment, `Keep comments under ${TEXT_LIMITS.comment.toLocaleString("en-US")} characters.`),
});

export async function addComment(user: SessionUser, claimId: string, input: z.infer<typeof commentInputSchema>) {
  requirePermission(user, "comment:write");
  return prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw notFound("That claim");
    const comment = await tx.comment.create({
      data: { claimId, authorId: user.id, body: input.body },
      select: { id: true, body: true, createdAt: true },
    });
    await recordClaimEvents(tx, claimId, user.id, [{ type: "COMMENT_ADDED", detail: { commentId: comment.id } }]);
    await notifyMentions(tx, claimId, user, input.body);
    return { ...comment, author: { name: user.name, email: user.email } };
  });
}
