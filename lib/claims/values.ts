// Runs every value scanner over a text and keeps, where two readings overlap, the longer one ("more than $200
// billion" over "200 billion"), then the more specific kind (a year over a plain number).
import type { Candidate } from "./candidate";
import { scanDates } from "./dates";
import { scanDurations } from "./durations";
import { scanScores } from "./events";
import { scanMoney } from "./money";
import { scanFractions, scanNumbers, scanPercents } from "./numbers";
import { scanRelativeDates } from "./relative";
import type { ClaimValue, DetectOptions } from "./types";

export function scanValues(text: string, options?: DetectOptions): Candidate[] {
  const publishedAt = options?.publishedAt ?? null;
  const all: Candidate[] = [];
  scanMoney(text, all);
  scanScores(text, all);
  scanPercents(text, all);
  scanDates(text, all, publishedAt);
  scanRelativeDates(text, all, publishedAt);
  scanDurations(text, all);
  scanFractions(text, all);
  scanNumbers(text, all);
  const kept = resolveOverlaps(all);
  // Companions ride along with the reading that won; they never compete for the words.
  const out: Candidate[] = [];
  for (const c of kept) {
    out.push(c);
    if (c.companion) out.push(c.companion);
  }
  return out;
}

function resolveOverlaps(all: Candidate[]): Candidate[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  // Overlapping candidates form small clusters; resolving cluster by cluster keeps the whole pass near-linear.
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  for (const c of all) {
    if (c.start >= clusterEnd && cluster.length > 0) {
      resolveCluster(cluster, kept);
      cluster = [];
    }
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  if (cluster.length > 0) resolveCluster(cluster, kept);
  return kept;
}

function resolveCluster(cluster: Candidate[], kept: Candidate[]): void {
  if (cluster.length === 1) {
    kept.push(cluster[0]);
    return;
  }
  cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of cluster) {
    if (chosen.every((k) => k.end <= c.start || k.start >= c.end)) chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  for (const c of chosen) kept.push(c);
}

/** Public shape of a value: the ClaimValue fields in a stable order, without internal fields such as `rank`. */
export function toClaimValue(c: ClaimValue): ClaimValue {
  // Built field by field so JSON output keeps one readable order (kind, value, unit, qualifier, ..., text, ...).
  const v = { kind: c.kind, value: c.value } as ClaimValue;
  if (c.unit !== undefined) v.unit = c.unit;
  if (c.qualifier !== undefined) v.qualifier = c.qualifier;
  if (c.bound !== undefined) v.bound = c.bound;
  v.text = c.text;
  if (c.start !== undefined) v.start = c.start;
  if (c.end !== undefined) v.end = c.end;
  if (c.relative) v.relative = true;
  if (c.speaker !== undefined) v.speaker = c.speaker;
  if (c.actor !== undefined) v.actor = c.actor;
  if (c.target !== undefined) v.target = c.target;
  return v;
}
