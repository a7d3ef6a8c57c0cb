// The desk's claims in memory, keyed as a database table would hold them (claimId, key): for tests, the benchmark,
// and small desks. The database version stores matchKeys(fingerprint) per claim and runs one
// `SELECT key, claimId FROM ClaimMatchKey WHERE key IN (…)` per article, then calls pickCandidates per claim.
import type { ClaimFingerprint } from "./fingerprint";
import { matchKeys, pickCandidates, rarityWeights, type CandidateOptions } from "./keys";
import { matchClaims, type ClaimMatch, type MatchOptions } from "./match";

export class CandidateIndex {
  private readonly postings = new Map<string, string[]>();
  private readonly fingerprints = new Map<string, ClaimFingerprint>();

  get size(): number {
    return this.fingerprints.size;
  }

  add(claimId: string, fingerprint: ClaimFingerprint): void {
    if (this.fingerprints.has(claimId)) this.remove(claimId);
    this.fingerprints.set(claimId, fingerprint);
    for (const key of matchKeys(fingerprint)) {
      const ids = this.postings.get(key);
      if (ids) ids.push(claimId);
      else this.postings.set(key, [claimId]);
    }
  }

  remove(claimId: string): void {
    const fingerprint = this.fingerprints.get(claimId);
    if (!fingerprint) return;
    this.fingerprints.delete(claimId);
    for (const key of matchKeys(fingerprint)) {
      const ids = this.postings.get(key);
      if (!ids) continue;
      const at = ids.indexOf(claimId);
      if (at >= 0) ids.splice(at, 1);
      if (ids.length === 0) this.postings.delete(key);
    }
  }

  get(claimId: string): ClaimFingerprint | undefined {
    return this.fingerprints.get(claimId);
  }

  /** How many claims a key is stored under: the desk's own measure of how common a subject term is. */
  count(key: string): number {
    return this.postings.get(key)?.length ?? 0;
  }

  /** The desk claims worth scoring against `fingerprint`, never `exclude` (the claim's own article). */
  candidates(fingerprint: ClaimFingerprint, options: CandidateOptions & { exclude?: ReadonlySet<string> } = {}): string[] {
    const ids = pickCandidates(matchKeys(fingerprint, "lookup"), (key) => this.postings.get(key), { deskSize: this.size, ...options });
    return options.exclude ? ids.filter((id) => !options.exclude!.has(id)) : ids;
  }

  /** Candidates, then matchClaims with the desk's term rarity: what an import runs for each of its claims. */
  match(fingerprint: ClaimFingerprint, options: CandidateOptions & MatchOptions & { exclude?: ReadonlySet<string> } = {}): ClaimMatch[] {
    const keys = matchKeys(fingerprint, "lookup");
    const lookup = (key: string) => this.postings.get(key);
    let ids = pickCandidates(keys, lookup, { deskSize: this.size, ...options });
    if (options.exclude) ids = ids.filter((id) => !options.exclude!.has(id));
    return matchClaims(
      fingerprint,
      ids.map((id) => ({ id, fingerprint: this.fingerprints.get(id)! })),
      { termWeight: rarityWeights(keys, lookup, this.size), ...options },
    );
  }
}
