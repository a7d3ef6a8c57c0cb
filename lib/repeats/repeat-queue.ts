import { directRows, prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { cachedByStamp } from "@/lib/dashboard/cache";
import { stampOf } from "@/lib/cache/stamped";

/**
 * The queue's own stamp: matches are made by a job that writes no history, and confirming one changes its status,
 * so the count of open suggestions and the newest of them (both read from the status index).
 */
async function queueStamp(): Promise<string> {
  const [row] = await directRows(Prisma.sql`
    SELECT COUNT(*) AS n, MAX("createdAt") AS m FROM "ClaimMatch" WHERE "status" = 'SUGGESTED'`);
  return stampOf(row);
}

/** The editor's queue of repeated claims, from memory while neither the desk nor the matches changed. */
export function cachedRepeatQueue(take = 10, deskStamp?: () => Promise<string>) {
  return cachedByStamp(`repeat-queue:${take}`, () => loadRepeatQueue(take), queueStamp, deskStamp);
}

/** The editor's queue of repeated claims: matches no reviewer has confirmed or rejected yet, newest first. */
export async function loadRepeatQueue(take = 10) {
  const where = { status: "SUGGESTED" as const };
  const [total, rows] = await Promise.all([
    prisma.claimMatch.count({ where }),
    prisma.claimMatch.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        relation: true,
        claim: { select: { id: true, quote: true, article: { select: { title: true } } } },
        matched: { select: { verdict: true, article: { select: { title: true } } } },
      },
    }),
  ]);
  return {
    total,
    items: rows.map((r) => ({ id: r.id, relation: r.relation, claimId: r.claim.id, quote: r.claim.quote, articleTitle: r.claim.article.title, earlierTitle: r.matched.article.title, earlierVerdict: r.matched.verdict })),
  };
}
