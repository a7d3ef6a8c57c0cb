import { z } from "zod";
import { TEXT_LIMITS } from "./limits";
import { sqlTransaction } from "@/lib/db/client";
import { newId } from "@/lib/db/new-id";
import { notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { recordClaimEvents } from "./events";
import { notifyMentions } from "@/lib/notifications/notify-mentions";

export const commentInputSchema = z.object({
  body: z.string({ error: "Write a comment." }).trim().min(1, "Write a comment.").max(TEXT_LIMITS.comment, `Keep comments under ${TEXT_LIMITS.comment.toLocaleString("en-US")} characters.`),
});

export async function addComment(user: SessionUser, claimId: string, input: z.infer<typeof commentInputSchema>) {
  requirePermission(user, "comment:write");
  // Plain SQL in a transaction past Prisma's engine (lib/db/direct-transactions.ts): a comment is among the commonest
  // writes, and Prisma's model queries cost about a millisecond each in plan compiling alone (bench:load).
  return sqlTransaction(async (tx) => {
    const comment = { id: newId(), body: input.body, createdAt: new Date() };
    // One statement checks the claim and writes the comment: no row when there is no such claim.
    const written = await tx.$executeRaw`
      INSERT INTO "Comment" ("id", "claimId", "authorId", "body", "createdAt")
      SELECT ${comment.id}, c."id", ${user.id}, ${comment.body}, ${comment.createdAt} FROM "Claim" c WHERE c."id" = ${claimId}`;
    if (written === 0) throw notFound("That claim");
    await recordClaimEvents(tx, claimId, user.id, [{ type: "COMMENT_ADDED", detail: { commentId: comment.id } }]);
    await notifyMentions(tx, claimId, user, input.body);
    return { ...comment, author: { name: user.name, email: user.email } };
  });
}
