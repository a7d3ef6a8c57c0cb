import { prisma } from "@/lib/db/client";

/** The sources the desk has already used, newest first, so a reviewer can pick one instead of typing it again. */
export async function listKnownSources(limit = 500) {
  return prisma.source.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { url: true, title: true, publisher: true, kind: true },
  });
}
