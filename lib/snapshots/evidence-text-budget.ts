// CLAIMDESK_EVIDENCE_TEXT_MB: how many megabytes of snapshot text one app instance keeps for quoting evidence
// passages (lib/snapshots/evidence-cache.ts). Texts past it are read from the database when a query needs them.

export const DEFAULT_EVIDENCE_TEXT_MB = 64;

/** The budget in bytes, or an error naming the variable when it is not a positive number. */
export function evidenceTextBudget(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CLAIMDESK_EVIDENCE_TEXT_MB?.trim();
  if (!raw) return DEFAULT_EVIDENCE_TEXT_MB * 1024 * 1024;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb <= 0) throw new Error(`CLAIMDESK_EVIDENCE_TEXT_MB must be a positive number of megabytes (such as 64); not ${JSON.stringify(raw)}.`);
  return Math.floor(mb * 1024 * 1024);
}
