import { Prisma } from "@/lib/generated/prisma/client";
import { directRows } from "@/lib/db/client";
import { latestCheckIdOf, missingCitationIds } from "./latest-check";

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

interface CitedCheckRow {
  citationId: string;
  claimId: string;
  sourceId: string;
  status: string;
  missing: string;
}

/**
 * The claims' link-rot status in one statement: their live citations, each with its source's latest check. A plain
 * statement past Prisma's query engine (directRows), not a model query: the claims table asks on every visit, and
 * Prisma 6.19 compiles a model query's plan afresh on every call.
 */
export async function claimsLinkRot(claimIds: string[]): Promise<Map<string, LinkRotStatus>> {
  if (claimIds.length === 0) return new Map();
  const rows = await directRows<CitedCheckRow>(Prisma.sql`
    SELECT t."id" AS "citationId", t."claimId" AS "claimId", t."sourceId" AS "sourceId", k."status" AS "status", k."missingCitationIds" AS "missing"
    FROM "Citation" t
    JOIN "SourceCheck" k ON k."id" = ${latestCheckIdOf(Prisma.sql`t."sourceId"`)}
    WHERE t."claimId" IN (${Prisma.join(claimIds)}) AND t."removedAt" IS NULL`);
  const checks = new Map(rows.map((r) => [r.sourceId, { sourceId: r.sourceId, status: r.status, missingCitationIds: missingCitationIds(r.missing) }]));
  return worstLinkRot(rows, [...checks.values()]);
}
