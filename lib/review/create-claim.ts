import { z } from "zod";
import { prisma, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { extractValues, quoteSelector } from "@/lib/claims";
import type { ClaimKind, ClaimValue } from "@/lib/claims/types";
import { recordClaimEvents } from "./events";
import { serializeValues } from "./stored-values";
import { claimFingerprint } from "@/lib/repeats/fingerprint-row";
import { matchNewClaims } from "@/lib/repeats/index-claims";

export const manualClaimSchema = z.object({
  start: z.number({ error: "Give the span's start." }).int("Must be a whole number.").min(0, "Must be 0 or more."),
  end: z.number({ error: "Give the span's end." }).int("Must be a whole number.").min(1, "Must be after the start."),
});

/** The values in a span, with offsets into the whole body, and the kind they make the claim. */
export function readSpan(body: string, start: number, end: number, publishedAt: Date | null) {
  const values: ClaimValue[] = extractValues(body.slice(start, end), { publishedAt }).map((v) => ({
    ...v,
    ...(v.start !== undefined ? { start: v.start + start, end: (v.end ?? v.start) + start } : {}),
  }));
  const kind: ClaimKind = values.find((v) => v.kind === "quote")?.kind ?? values[0]?.kind ?? "other";
  return { values, kind, ...quoteSelector(body, start, end) };
}

/** Creates a claim on an exact span of an article's current body, with its creation in the history. */
export async function createClaimOnSpan(
  tx: Tx,
  article: { id: string; body: string; publishedAt: Date | null },
  span: { start: number; end: number },
  origin: { actorId: string | null; how: "MANUAL" | "CHECKER" },
) {
  const read = readSpan(article.body, span.start, span.end, article.publishedAt);
  const fingerprint = claimFingerprint(article.body, { ...span, quote: read.quote, kind: read.kind, values: read.values });
  const claim = await tx.claim.create({
    data: {
      articleId: article.id,
      start: span.start,
      end: span.end,
      quote: read.quote,
      prefix: read.prefix,
      suffix: read.suffix,
      kind: read.kind,
      values: serializeValues(read.values),
      score: origin.how === "MANUAL" ? 1 : 0.5,
      origin: origin.how === "MANUAL" ? "MANUAL" : "DETECTED",
      suggestion: "ACCEPTED",
      matchFingerprint: JSON.stringify(fingerprint),
    },
    select: { id: true },
  });
  await matchNewClaims(tx, article.id, [{ id: claim.id, fingerprint }]);
  await recordClaimEvents(tx, claim.id, origin.actorId, [{ type: "CLAIM_CREATED", detail: { origin: origin.how, quote: read.quote } }]);
  return claim;
}

/** A reviewer's claim on any text they select, at its exact span. */
export async function createManualClaim(user: SessionUser, slug: string, input: z.infer<typeof manualClaimSchema>) {
  requirePermission(user, "claim:create");
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { slug }, select: { id: true, body: true, publishedAt: true } });
    if (!article) throw notFound("That article");
    if (input.end > article.body.length) throw new AppError("INVALID", "The span runs past the end of the article.", { end: `Must be at most ${article.body.length}.` });
    if (input.end <= input.start) throw new AppError("INVALID", "The span is empty.", { end: "Must be after the start." });
    if (!article.body.slice(input.start, input.end).trim()) throw new AppError("INVALID", "The span holds only blank space.", { start: "Select some words." });
    const same = await tx.claim.findFirst({ where: { articleId: article.id, start: input.start, end: input.end, suggestion: { not: "REJECTED" } }, select: { id: true } });
    if (same) throw new AppError("CONFLICT", "A claim already covers exactly this span.", { start: "Already a claim." });
    return createClaimOnSpan(tx, article, input, { actorId: user.id, how: "MANUAL" });
  });
}
