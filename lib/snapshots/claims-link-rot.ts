import { prisma } from "@/lib/db/client";

// Link rot per claim, for the claims table: each claim's cited sources at their latest check, the worst of them.
// A source whose check found some cited passages gone counts as "passages gone" only for the claims whose own
// citation lost its passage; for the others the page merely changed.

export type LinkRotStatus = "UNCHANGED" | "CHANGED" | "PASSAGES_MISSING" | "UNREACHABLE";

const WORSE: Record<string, number> = { UNCHANGED: 1, CHANGED: 2, UNREACHABLE: 3, PASSAGES_MISSING: 4 };

export interface CitedSource {
  citationId: string;
  claimId: string;
  sourceId: string;
}

export interface LatestCheck {
  sourceId: string;
  status: string;
  missingCitationIds: string[];
}

/** Pure: the worst latest-check status of each claim's cited sources; claims whose sources were never checked are absent. */
export function worstLinkRot(citations: CitedSource[], checks: LatestCheck[]): Map<string, LinkRotStatus> {
  const bySource = new Map(checks.map((c) => [c.sourceId, c]));
  const worst = new Map<string, LinkRotStatus>();
  for (const { citationId, claimId, sourceId } of citations) {
    const check = bySource.get(sourceId);
    if (!check || !(check.status in WORSE)) continue;
    const status = (check.status === "PASSAGES_MISSING" && !check.missingCitationIds.includes(citationId) ? "CHANGED" : check.status) as LinkRotStatus;
    const before = worst.get(claimId);
    if (!before || WORSE[status] > WORSE[before]) worst.set(claimId, status);
  }
  return worst;
}

function parseIds(json: string): string[] {
  try {
    const ids: unknown = JSON.parse(json);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/** The claims' link-rot status in two batched reads (their live citations, then their sources' latest checks). */
export async function claimsLinkRot(claimIds: string[]): Promise<Map<string, LinkRotStatus>> {
  if (claimIds.length === 0) return new Map();
  const citations = await prisma.citation.findMany({ where: { claimId: { in: claimIds }, removedAt: null }, select: { id: true, claimId: true, sourceId: true } });
  const sourceIds = [...new Set(citations.map((c) => c.sourceId))];
  if (sourceIds.length === 0) return new Map();
  // The newest check of each source; `distinct` keeps the first row per source in this order on both databases.
  const checks = await prisma.sourceCheck.findMany({
    where: { sourceId: { in: sourceIds } },
    orderBy: [{ sourceId: "asc" }, { checkedAt: "desc" }],
    distinct: ["sourceId"],
    select: { sourceId: true, status: true, missingCitationIds: true },
  });
  return worstLinkRot(
    citations.map((c) => ({ citationId: c.id, claimId: c.claimId, sourceId: c.sourceId })),
    checks.map((c) => ({ sourceId: c.sourceId, status: c.status, missingCitationIds: parseIds(c.missingCitationIds) })),
  );
}
