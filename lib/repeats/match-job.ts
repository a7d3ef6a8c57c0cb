import { z } from "zod";
import { ARTICLE_TRANSACTION, prisma, type Tx } from "@/lib/db/client";
import type { JobContext } from "@/lib/jobs/handlers";
import { parseFingerprint } from "./fingerprint-row";
import { matchNewClaims } from "./index-claims";

const matchInput = z.object({ articleId: z.string().min(1), claimIds: z.array(z.string().min(1)).max(100_000) });

/**
 * An import's claims are matched against the desk by a job queued in the import's own transaction
 * (so it is never lost), not inside the import: on a desk of 50k claims the matching reads hundreds
 * of thousands of key rows, and the person importing should not wait for it. "Checked before"
 * appears on each claim when the job is done, a second or two later.
 */
export async function queueMatching(tx: Tx, articleId: string, claimIds: string[], createdById: string | null): Promise<void> {
  if (claimIds.length === 0) return;
  await tx.job.create({
    data: { kind: "MATCH_CLAIMS", input: JSON.stringify({ articleId, claimIds }), createdById, message: "Waiting to compare the claims with the desk…" },
  });
}

export async function matchClaimsJob(context: JobContext) {
  const { articleId, claimIds } = matchInput.parse(context.job.input);
  await context.progress(0, "Comparing the claims with the desk…", { force: true });
  const found = await prisma.$transaction(async (tx) => {
    // Claims deleted since the import are gone; claims with keys were matched by an earlier attempt.
    // Read by article rather than by a list of ids, which SQLite caps at 999 parameters.
    const wanted = new Set(claimIds);
    const claims = await tx.claim.findMany({ where: { articleId, matchKeys: { none: {} } }, select: { id: true, matchFingerprint: true } });
    const ready = claims.filter((c) => wanted.has(c.id)).flatMap((c) => {
      const fingerprint = parseFingerprint(c.matchFingerprint);
      return fingerprint ? [{ id: c.id, fingerprint }] : [];
    });
    return matchNewClaims(tx, articleId, ready);
  }, ARTICLE_TRANSACTION);
  return { result: { matches: found }, message: found === 1 ? "1 match with an earlier claim." : `${found} matches with earlier claims.` };
}
