import type { Tx } from "@/lib/db/client";
import { parseStoredValues } from "@/lib/review/stored-values";
import { compareValues } from "./compare-values";
import { syncAutomaticFlags, type DesiredFlag } from "./sync-flags";

const PREFIX = "cite:";

/** Compares a claim's values with every passage cited for it, and keeps its automatic flags in step. */
export async function runCitationChecks(tx: Tx, claimId: string) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      values: true,
      citations: { where: { removedAt: null }, select: { id: true, values: true, sourceId: true, source: { select: { title: true } } } },
    },
  });
  const claimValues = parseStoredValues(claim.values);
  const desired: DesiredFlag[] = claim.citations.flatMap((citation) =>
    compareValues(claimValues, parseStoredValues(citation.values)).map((finding) => ({
      claimId,
      checkKey: `${PREFIX}${citation.id}:${finding.dimension}`,
      kind: finding.kind,
      severity: finding.severity,
      note: `${finding.message} Source: ${citation.source.title}.`,
      articleSays: finding.articleSays,
      evidenceSays: finding.evidenceSays,
      sourceId: citation.sourceId,
    })),
  );
  const active = new Set(claim.citations.map((c) => c.id));
  return syncAutomaticFlags(tx, { claims: { id: claimId }, keyPrefixes: [PREFIX] }, desired, (flag) => {
    const citationId = flag.checkKey?.slice(PREFIX.length).split(":")[0] ?? "";
    return active.has(citationId)
      ? "Resolved automatically: the claim and its source now agree."
      : "Resolved automatically: the citation it rested on was removed.";
  });
}
