import type { Tx } from "@/lib/db/client";
import { matchClaims, matchKeys, pickCandidates, rarityWeights, type ClaimFingerprint, type ClaimMatch } from "@/lib/matching";
import { parseFingerprint } from "./fingerprint-row";

/** The best few matches per claim are kept: a desk that covers one story closely would otherwise list hundreds. */
const MAX_MATCHES_PER_CLAIM = 10;

// Prisma caps bound parameters per query on SQLite (999): lookups by key or id go in chunks below it.
const CHUNK = 900;

/**
 * Matches claims of one article against the rest of the desk with one query on the key index per
 * chunk of keys (lib/matching/README.md), then scores the candidates with the pure matcher.
 */
export async function findDeskMatches(tx: Tx, articleId: string, claims: Array<{ id: string; fingerprint: ClaimFingerprint }>): Promise<Map<string, ClaimMatch[]>> {
  const out = new Map<string, ClaimMatch[]>();
  if (claims.length === 0) return out;
  const lookups = new Map(claims.map((c) => [c.id, [...new Set(matchKeys(c.fingerprint, "lookup"))]]));
  const allKeys = [...new Set([...lookups.values()].flat())];
  const own = new Set((await tx.claim.findMany({ where: { articleId }, select: { id: true } })).map((c) => c.id));
  const postings = new Map<string, string[]>();
  for (let i = 0; i < allKeys.length; i += CHUNK) {
    const rows = await tx.claimMatchKey.findMany({ where: { key: { in: allKeys.slice(i, i + CHUNK) } }, select: { key: true, claimId: true } });
    for (const row of rows) {
      if (own.has(row.claimId)) continue;
      const list = postings.get(row.key);
      if (list) list.push(row.claimId);
      else postings.set(row.key, [row.claimId]);
    }
  }
  const deskSize = await tx.claim.count({ where: { matchFingerprint: { not: null } } });
  const picked = new Map<string, string[]>();
  for (const c of claims) picked.set(c.id, pickCandidates(lookups.get(c.id)!, (k) => postings.get(k), { deskSize }));
  const ids = [...new Set([...picked.values()].flat())];
  const fps = new Map<string, ClaimFingerprint>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await tx.claim.findMany({ where: { id: { in: ids.slice(i, i + CHUNK) }, suggestion: { not: "REJECTED" } }, select: { id: true, matchFingerprint: true } });
    for (const row of rows) {
      const fp = parseFingerprint(row.matchFingerprint);
      if (fp) fps.set(row.id, fp);
    }
  }
  for (const c of claims) {
    const keys = lookups.get(c.id)!;
    const candidates = picked.get(c.id)!.flatMap((id) => (fps.has(id) ? [{ id, fingerprint: fps.get(id)! }] : []));
    if (candidates.length === 0) continue;
    const found = matchClaims(c.fingerprint, candidates, { termWeight: rarityWeights(keys, (k) => postings.get(k), deskSize) });
    if (found.length > 0) out.set(c.id, found.slice(0, MAX_MATCHES_PER_CLAIM));
  }
  return out;
}
