import { prisma } from "@/lib/db/client";

/**
 * The sources the desk used most recently, newest first, so a reviewer can pick one instead of typing it again.
 * Fifty, fetched by the citation form when it opens (GET /api/sources/known); older sources are found with the search.
 */
export async function listKnownSources(limit = 50) {
  return prisma.source.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { url: true, title: true, publisher: true, kind: true },
  });
}
