import { directRows } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { processWideCache, StampedCache, stampOf } from "@/lib/cache/stamped";

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

const cache = processWideCache("dashboard", () => new StampedCache(MAX_ENTRIES, TTL_MS));

export async function dataStamp(): Promise<string> {
  const [row] = await directRows(Prisma.sql`
    SELECT (SELECT MAX("createdAt") FROM "ClaimEvent") AS e, (SELECT MAX("updatedAt") FROM "Flag") AS f,
           (SELECT MAX("updatedAt") FROM "Article") AS a, (SELECT MAX("updatedAt") FROM "User") AS u`);
  // SQLite answers text and PostgreSQL Dates: a Date is written with its milliseconds (String(date)
  // would drop them, and a change within the same second would leave the stamp as it was).
  return stampOf(row);
}

/**
 * The desk's stamp read at most once, however often it is asked: for one request that reads several cached values
 * (the dashboard's figures, then its repeat queue). Reading it before either computation keeps it safe: a value
 * computed after a change is at worst kept under the stamp before it, and computed again on the next visit.
 */
export function deskStampOnce(): () => Promise<string> {
  let stamp: Promise<string> | undefined;
  return () => (stamp ??= dataStamp());
}

/**
 * The value computed under the current stamp, or a fresh computation (shared by requests that arrive meanwhile).
 * `extraStamp` adds what the desk's stamp does not see (rows that write no history); `deskStamp` reads the desk's
 * stamp (one read shared by a request's several values: deskStampOnce).
 */
export async function cachedByStamp<T>(key: string, compute: () => Promise<T>, extraStamp?: () => Promise<string>, deskStamp: () => Promise<string> = dataStamp): Promise<T> {
  if (!enabled()) return compute();
  const [stamp, extra] = await Promise.all([deskStamp(), extraStamp?.() ?? ""]);
  return cache.get(key, `${stamp}|${extra}`, compute);
}
