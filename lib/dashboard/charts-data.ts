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
 * Claims signed off per day: one aggregate query grouped by the event's UTC day. The day is the
 * first ten characters of the timestamp as text, which both SQLite (ISO text in UTC, as Prisma
 * writes it) and PostgreSQL (timestamp cast to text) spell YYYY-MM-DD; days with none are zero.
 */
export async function signedOffPerDay(scope: DashboardScope, now: Date, days = SIGNOFF_DAYS): Promise<{ day: string; count: number }[]> {
  const buckets = dayBuckets(now, days);
  const rows = await prisma.$queryRaw<{ day: string; n: number | bigint }[]>`
    SELECT substr(CAST(e."createdAt" AS TEXT), 1, 10) AS "day", COUNT(*) AS n
    FROM "ClaimEvent" e JOIN "Claim" c ON c."id" = e."claimId"
    WHERE e."type" = 'STATE_CHANGED' AND e."toValue" = 'SIGNED_OFF'
      AND e."createdAt" >= ${buckets[0].start} AND e."createdAt" < ${buckets[buckets.length - 1].end} AND ${claimSql(scope)}
    GROUP BY substr(CAST(e."createdAt" AS TEXT), 1, 10)`;
  const counts = new Map(rows.map((r) => [r.day, Number(r.n)]));
  return buckets.map((b) => ({ day: b.day, count: counts.get(b.day) ?? 0 }));
}
