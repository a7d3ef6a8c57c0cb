import { z } from "zod";
import { ARTICLE_TRANSACTION, prisma, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { reanchor } from "@/lib/anchoring/reanchor";
import { quoteSelector } from "@/lib/claims";
import { recordClaimEvents } from "@/lib/review/events";
import { runArticleChecks } from "@/lib/checks/run-article-checks";
import { addDetectedSuggestions } from "./add-suggestions";
import { hashBody } from "./create-article";

export const MAX_ARTICLE_CHARS = 2 * 1024 * 1024;

export const revisionSchema = z.object({
  body: z.string({ error: "Give the article's new text." }).min(1, "The new text is empty.").refine((b) => b.trim().length > 0, "The new text is empty."),
  version: z.number({ error: "Give the revision number you edited." }).int().positive(),
});

/** Ids per statement when claims that only moved are shifted together: well under any database's bind limit. */
const SHIFT_BATCH = 500;

async function reanchorClaims(tx: Tx, articleId: string, oldBody: string, newBody: string, revision: number, actorId: string) {
  const claims = await tx.claim.findMany({
    where: { articleId },
    select: { id: true, start: true, end: true, quote: true, prefix: true, suffix: true, anchor: true, previousQuote: true },
  });
  const results = reanchor(oldBody, newBody, claims);
  const byId = new Map(claims.map((c) => [c.id, c]));
  // Claims that only moved (same words, same context, same state) shift together, one statement per distance:
  // an edit near the top of a long article moves thousands of claims.
  const shifts = new Map<number, string[]>();
  for (const result of results) {
    const claim = byId.get(result.id)!;
    const quote = result.anchor === "TEXT_CHANGED" ? result.newQuote : claim.quote;
    const context = result.anchor === "ORPHANED" ? { prefix: claim.prefix, suffix: claim.suffix } : quoteSelector(newBody, result.start, result.end);
    const changed = result.anchor !== claim.anchor || quote !== claim.quote || result.start !== claim.start;
    if (!changed) continue;
    const delta = result.start - claim.start;
    const onlyMoved = result.anchor === claim.anchor && quote === claim.quote && result.end - claim.end === delta && context.prefix === claim.prefix && context.suffix === claim.suffix;
    if (onlyMoved) {
      const group = shifts.get(delta) ?? [];
      group.push(claim.id);
      shifts.set(delta, group);
      continue;
    }
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        start: result.start,
        end: result.end,
        quote,
        prefix: context.prefix,
        suffix: context.suffix,
        anchor: result.anchor,
        // The first wording is the one the report quotes, however many revisions follow.
        previousQuote: quote !== claim.quote ? (claim.previousQuote ?? claim.quote) : claim.previousQuote,
        version: { increment: 1 },
      },
    });
    if (result.anchor !== claim.anchor || quote !== claim.quote)
      await recordClaimEvents(tx, claim.id, actorId, [
        { type: "ANCHOR_CHANGED", field: "anchor", from: claim.anchor, to: result.anchor, detail: { revision, fromQuote: claim.quote, toQuote: quote } },
      ]);
  }
  for (const [delta, ids] of shifts) {
    for (let i = 0; i < ids.length; i += SHIFT_BATCH) {
      await tx.claim.updateMany({
        where: { id: { in: ids.slice(i, i + SHIFT_BATCH) } },
        data: { start: { increment: delta }, end: { increment: delta }, version: { increment: 1 } },
      });
    }
  }
  return results;
}

/**
 * A new revision of an article's text (editors and admins): saved only on the revision the editor
 * read (else 409), every claim found again, new suggestions detected and the in-article checks rerun.
 */
export async function reviseArticle(user: SessionUser, slug: string, input: z.infer<typeof revisionSchema>) {
  requirePermission(user, "article:revise", "Only editors and admins revise an article's text.");
  if (input.body.length > MAX_ARTICLE_CHARS) throw new AppError("TOO_LARGE", "The article is over 2 MB.", { body: "Over 2 MB." });
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { slug }, select: { id: true, body: true, currentRevision: true, publishedAt: true } });
    if (!article) throw notFound("That article");
    if (article.currentRevision !== input.version)
      throw new AppError("CONFLICT", `The article is at revision ${article.currentRevision}; you edited revision ${input.version}. Reload it and apply your change again.`, {
        version: "Stale revision.",
      });
    if (input.body === article.body) throw new AppError("INVALID", "The new text is the same as the current one.", { body: "Unchanged." });
    const revision = article.currentRevision + 1;
    const bodyHash = hashBody(input.body);
    const twin = await tx.article.findFirst({ where: { bodyHash, id: { not: article.id } }, select: { slug: true } });
    if (twin) throw new AppError("CONFLICT", `Another article (“${twin.slug}”) already has exactly this text.`, { body: "Duplicate of another article." });

    const { count } = await tx.article.updateMany({
      where: { id: article.id, currentRevision: input.version },
      data: { body: input.body, bodyHash, currentRevision: revision },
    });
    if (count === 0) throw new AppError("CONFLICT", "Someone revised this article at the same moment. Reload it and apply your change again.");
    await tx.articleRevision.create({ data: { articleId: article.id, number: revision, body: input.body, createdById: user.id } });

    const results = await reanchorClaims(tx, article.id, article.body, input.body, revision, user.id);
    await addDetectedSuggestions(tx, { id: article.id, body: input.body, publishedAt: article.publishedAt }, user.id);
    await runArticleChecks(tx, article.id);
    return { article: { slug, version: revision }, claims: results.map((r) => ({ id: r.id, anchor: r.anchor, start: r.start, end: r.end })) };
  }, ARTICLE_TRANSACTION);
}
