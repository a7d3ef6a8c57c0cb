import type { SqlTx } from "@/lib/db/client";
import { lockClaimReadingValues } from "@/lib/db/row-locks";
import { notFound } from "@/lib/errors/app-error";
import { parseStoredValues } from "@/lib/review/stored-values";
import { compareValues } from "./compare-values";
import { syncAutomaticFlags, type DesiredFlag } from "./sync-flags";
import { mergeValueFindings } from "./merge-findings";

const PREFIX = "cite:";
/** One flag per claim value, whatever the number of sources ("cite:value:money:$200 billion"); older flags were one per citation. */
const VALUE_PREFIX = `${PREFIX}value:`;

/**
 * Compares a claim's values with every passage cited for it, and keeps its automatic flags in step:
 * one flag per claim value, naming every source that contradicts it. `cause` words the note of a
 * flag that resolves because a citation was withdrawn.
 */
export async function runCitationChecks(tx: SqlTx, claimId: string, cause: "changed" | "removed" = "changed") {
  // Plain SQL (the same on both databases): every source attached, edited or withdrawn runs this check.
  const claim = await lockClaimReadingValues(tx, claimId);
  if (!claim) throw notFound("That claim");
  const citations = await tx.$queryRaw<{ id: string; values: string; sourceId: string; sourceTitle: string }[]>`
    SELECT t."id", t."values", t."sourceId", s."title" AS "sourceTitle"
    FROM "Citation" t JOIN "Source" s ON s."id" = t."sourceId"
    WHERE t."claimId" = ${claimId} AND t."removedAt" IS NULL
    ORDER BY t."createdAt", t."id"`;
  const claimValues = parseStoredValues(claim.values);
  const findings = citations.flatMap((citation) =>
    compareValues(claimValues, parseStoredValues(citation.values)).map((finding) => ({ finding, source: { id: citation.sourceId, title: citation.sourceTitle } })),
  );
  const desired: DesiredFlag[] = mergeValueFindings(findings).map((merged) => ({
    claimId,
    checkKey: `${VALUE_PREFIX}${merged.key}`,
    kind: merged.kind,
    severity: merged.severity,
    note: merged.note,
    articleSays: merged.articleSays,
    evidenceSays: merged.evidenceSays,
    sourceId: merged.sourceId,
  }));
  const active = new Set(citations.map((c) => c.id));
  return syncAutomaticFlags(tx, { claimId, keyPrefixes: [PREFIX] }, desired, (flag) => {
    if (flag.checkKey?.startsWith(VALUE_PREFIX))
      return cause === "removed"
        ? "Resolved automatically: the citation it rested on was removed."
        : "Resolved automatically: the claim and its sources now agree.";
    // A flag from before one flag per value: its finding now lives in the value's flag, if any.
    const citationId = flag.checkKey?.slice(PREFIX.length).split(":")[0] ?? "";
    return active.has(citationId)
      ? "Resolved automatically: now one flag per value lists every source."
      : "Resolved automatically: the citation it rested on was removed.";
  });
}
