import { prisma } from "@/lib/db/client";

/** How the desk's sources stood at their latest check (link rot), for the dashboard: status → sources. */
export async function linkRotSummary(): Promise<Record<string, number>> {
  // The newest check of each source; `distinct` keeps the first row per source in this order on both databases.
  const latest = await prisma.sourceCheck.findMany({ orderBy: [{ sourceId: "asc" }, { checkedAt: "desc" }], distinct: ["sourceId"], select: { status: true } });
  const counts: Record<string, number> = {};
  for (const { status } of latest) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}
