import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { claimSql, type DashboardScope } from "./scope";
import { VERDICT_KEYS, type VerdictKey } from "./figures";
import type { ArticleProgress } from "./article-progress";

export interface VerdictSeries {
  slug: string;
  title: string;
  counts: Record<VerdictKey, number>;
}

/** Verdict distribution per article, from the figures the database already counted for the article table. */
export function verdictDistribution(articles: ArticleProgress[]): VerdictSeries[] {
  return articles.map((a) => ({ slug: a.slug, title: a.title, counts: { ...a.byVerdict } }));
}

export const VERDICT_SERIES_KEYS = VERDICT_KEYS;

export interface DayBucket {
  /** YYYY-MM-DD, in UTC like every date the app shows. */
  day: string;
  start: Date;
  end: Date;
}

/** The last `days` UTC days up to and including today's, oldest first. */
export function dayBuckets(now: Date, days: number): DayBucket[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, i) => {
    const start = new Date(today - (days - 1 - i) * 86_400_000);
    return { day: start.toISOString().slice(0, 10), start, end: new Date(start.getTime() + 86_400_000) };
  });
}

export const SIGNOFF_DAYS = 30;

/**
 * Claims signed off per day: one aggregate query with a bucket per day. Portable SQL (CASE over
 * bound timestamps) instead of a database's own date functions, which differ between SQLite and PostgreSQL.
 */
export async function signedOffPerDay(scope: DashboardScope, now: Date, days = SIGNOFF_DAYS): Promise<{ day: string; count: number }[]> {
  const buckets = dayBuckets(now, days);
  const columns = Prisma.join(
    buckets.map((b, i) => Prisma.sql`SUM(CASE WHEN e."createdAt" >= ${b.start} AND e."createdAt" < ${b.end} THEN 1 ELSE 0 END) AS ${Prisma.raw(`"d${i}"`)}`),
  );
  const [row] = await prisma.$queryRaw<Record<string, number | bigint | null>[]>`
    SELECT ${columns}
    FROM "ClaimEvent" e JOIN "Claim" c ON c."id" = e."claimId"
    WHERE e."type" = 'STATE_CHANGED' AND e."toValue" = 'SIGNED_OFF'
      AND e."createdAt" >= ${buckets[0].start} AND ${claimSql(scope)}`;
  return buckets.map((b, i) => ({ day: b.day, count: Number(row?.[`d${i}`] ?? 0) }));
}
