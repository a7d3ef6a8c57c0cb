import { prisma } from "@/lib/db/client";

/**
 * The dashboard's figures are recomputed only when the data under them changed. Every change to a
 * claim writes a ClaimEvent in the same transaction (DESIGN.md), so the newest history entry —
 * with the newest article, flag and user update — stamps the data: four indexed MAX lookups
 * instead of the aggregates. The stamp is read from the database on every request, so several
 * server instances stay correct; the TTL only bounds a change that writes no history (the
 * checker re-rating an open flag's severity also bumps that flag's updatedAt, so even that is seen).
 */
const TTL_MS = 30_000;
const MAX_ENTRIES = 200;
/** CLAIMDESK_DASHBOARD_CACHE=off recomputes on every request: what each request costs right after a change (the benchmark reports both). */
const enabled = () => process.env.CLAIMDESK_DASHBOARD_CACHE !== "off";

interface Entry {
  stamp: string;
  at: number;
  value: Promise<unknown>;
}

const entries = new Map<string, Entry>();

export function stampPart(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value ?? "");
}

export async function dataStamp(): Promise<string> {
  const [row] = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT (SELECT MAX("createdAt") FROM "ClaimEvent") AS e, (SELECT MAX("updatedAt") FROM "Flag") AS f,
           (SELECT MAX("updatedAt") FROM "Article") AS a, (SELECT MAX("updatedAt") FROM "User") AS u`;
  // SQLite answers text and PostgreSQL Dates: a Date is written with its milliseconds (String(date)
  // would drop them, and a change within the same second would leave the stamp as it was).
  return ["e", "f", "a", "u"].map((k) => stampPart(row?.[k])).join("|");
}

/** The value computed under the current stamp, or a fresh computation (shared by requests that arrive meanwhile). */
export async function cachedByStamp<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!enabled()) return compute();
  const stamp = await dataStamp();
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.stamp === stamp && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = compute();
  entries.set(key, { stamp, at: now, value });
  // A failed computation is not kept: the next request tries again.
  value.catch(() => entries.get(key)?.value === value && entries.delete(key));
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return value;
}
