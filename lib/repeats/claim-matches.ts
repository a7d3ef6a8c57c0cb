import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { recordClaimEvents } from "@/lib/review/events";
import { attachSource } from "@/lib/sources/attach-source";

export interface ClaimMatchJson {
  claimId: string;
  articleSlug: string;
  quote: string;
  state: string;
  verdict: string | null;
  score: number;
  relation: "SAME" | "CONFLICTING";
  /** SUGGESTED until a reviewer confirms or rejects it */
  status: "SUGGESTED" | "CONFIRMED" | "REJECTED";
}

const otherSelect = { id: true, quote: true, state: true, verdict: true, article: { select: { slug: true } } } as const;

/** The claims a claim repeats or contradicts, in either direction, best first; rejected ones left out. */
export async function listClaimMatches(user: SessionUser, claimId: string): Promise<ClaimMatchJson[]> {
  requirePermission(user, "claim:read");
  const claim = await prisma.claim.findUnique({ where: { id: claimId }, select: { id: true } });
  if (!claim) throw notFound("That claim");
  const rows = await prisma.claimMatch.findMany({
    where: { OR: [{ claimId }, { matchedClaimId: claimId }], status: { not: "REJECTED" } },
    select: { claimId: true, relation: true, score: true, status: true, claim: { select: otherSelect }, matched: { select: otherSelect } },
  });
  return rows
    .map((row) => {
      const other = row.claimId === claimId ? row.matched : row.claim;
      return { claimId: other.id, articleSlug: other.article.slug, quote: other.quote, state: other.state, verdict: other.verdict, score: row.score, relation: row.relation, status: row.status };
    })
    .sort((a, b) => Number(b.status === "CONFIRMED") - Number(a.status === "CONFIRMED") || b.score - a.score || a.claimId.localeCompare(b.claimId));
}

export const matchDecisionSchema = z.union([
  z.object({ claimId: z.string().min(1, "Name the matched claim."), relation: z.enum(["SAME", "CONFLICTING", "NONE"]), reuseEvidence: z.boolean().optional() }),
  z.object({ claimId: z.string().min(1, "Name the matched claim."), reuseEvidence: z.literal(true) }),
]);
export type MatchDecision = z.infer<typeof matchDecisionSchema>;

/**
 * A reviewer's word on a match: confirm it (SAME or CONFLICTING), reject it (NONE), and/or reuse
 * the earlier claim's evidence — each citation attached again, so the checks run and the history
 * records it.
 */
export async function decideClaimMatch(user: SessionUser, claimId: string, input: MatchDecision) {
  requirePermission(user, "claim:edit");
  if (input.claimId === claimId) throw new AppError("INVALID", "A claim cannot match itself.", { claimId: "Name another claim." });
  const both = await prisma.claim.findMany({ where: { id: { in: [claimId, input.claimId] } }, select: { id: true, articleId: true } });
  if (!both.some((c) => c.id === claimId)) throw notFound("That claim");
  if (!both.some((c) => c.id === input.claimId)) throw new AppError("INVALID", "The matched claim does not exist.", { claimId: "No claim has this id." });

  if ("relation" in input) {
    const status = input.relation === "NONE" ? "REJECTED" : "CONFIRMED";
    await prisma.$transaction(async (tx) => {
      const existing = await tx.claimMatch.findFirst({
        where: { OR: [{ claimId, matchedClaimId: input.claimId }, { claimId: input.claimId, matchedClaimId: claimId }] },
        select: { id: true, relation: true },
      });
      const relation = input.relation === "NONE" ? (existing?.relation ?? "SAME") : input.relation;
      if (existing) await tx.claimMatch.update({ where: { id: existing.id }, data: { status, relation, reviewedById: user.id } });
      else await tx.claimMatch.create({ data: { claimId, matchedClaimId: input.claimId, relation, score: 1, status, reviewedById: user.id } });
      await recordClaimEvents(tx, claimId, user.id, [
        { type: status === "CONFIRMED" ? "MATCH_CONFIRMED" : "MATCH_REJECTED", detail: { matchedClaimId: input.claimId, relation: input.relation } },
      ]);
    });
  }

  const citations = [];
  const flags = [];
  if (input.reuseEvidence) {
    const earlier = await prisma.citation.findMany({
      where: { claimId: input.claimId, removedAt: null },
      orderBy: { createdAt: "asc" },
      select: { passage: true, stance: true, source: { select: { url: true, title: true, publisher: true } } },
    });
    for (const c of earlier) {
      const made = await attachSource(user, claimId, { url: c.source.url, title: c.source.title, publisher: c.source.publisher ?? undefined, passage: c.passage, stance: c.stance });
      citations.push(made.citation);
      flags.push(...made.flags);
    }
  }
  return { matches: await listClaimMatches(user, claimId), citations, flags };
}
