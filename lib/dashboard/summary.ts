import type { SessionUser } from "@/lib/auth/session-user";
import { articleProgress, countArticles, overallFigures, type ArticleProgress } from "./article-progress";
import { dashboardScope } from "./scope";
import type { ClaimFigures } from "./figures";
import { loadQueues, type Queue } from "./queues";
import { loadWorkload, type WorkloadRow } from "./workload";
import { recentActivity, type ActivityItem } from "./activity";
import { signedOffPerDay, verdictDistribution, type VerdictSeries } from "./charts-data";
import { cachedByStamp } from "./cache";
import { startOfWeekUtc } from "./workload";

export { articleProgress } from "./article-progress";

export const ARTICLES_PER_PAGE = 10;

export interface DashboardData {
  /** "all" for editors and admins; "mine" when a reviewer sees only the claims assigned to them. */
  scope: "all" | "mine";
  generatedAt: string;
  overall: ClaimFigures;
  articles: { rows: ArticleProgress[]; total: number; page: number; pageSize: number };
  queues: Queue[];
  workload: WorkloadRow[];
  activity: ActivityItem[];
  charts: { verdictsByArticle: VerdictSeries[]; signedOffPerDay: { day: string; count: number }[] };
}

/**
 * Every figure of the dashboard for one person's slice, recomputed only when the data changed
 * (see cache.ts); "generatedAt" says when they were computed.
 */
export async function loadDashboard(user: SessionUser, options: { articlePage?: number; now?: Date; deskStamp?: () => Promise<string> } = {}): Promise<DashboardData> {
  const scope = dashboardScope(user);
  const now = options.now ?? new Date();
  const page = Math.max(1, options.articlePage ?? 1);
  // The week and the day are part of the key: "done this week" and the per-day chart move with the clock.
  const key = [scope.all ? "all" : scope.userId, page, startOfWeekUtc(now).toISOString(), now.toISOString().slice(0, 10)].join("|");
  return cachedByStamp(key, () => computeDashboard(user, page, now), undefined, options.deskStamp);
}

/** Each part is a handful of aggregate queries over the slice. */
async function computeDashboard(user: SessionUser, page: number, now: Date): Promise<DashboardData> {
  const scope = dashboardScope(user);
  const [overall, articleTotal, rows, queues, workload, activity, signedOff] = await Promise.all([
    overallFigures(scope),
    countArticles(scope),
    articleProgress(scope, { skip: (page - 1) * ARTICLES_PER_PAGE, take: ARTICLES_PER_PAGE }),
    loadQueues(scope, user.id),
    loadWorkload(scope, now),
    recentActivity(scope),
    signedOffPerDay(scope, now),
  ]);
  return {
    scope: scope.all ? "all" : "mine",
    generatedAt: now.toISOString(),
    overall,
    articles: { rows, total: articleTotal, page, pageSize: ARTICLES_PER_PAGE },
    queues,
    workload,
    activity,
    charts: { verdictsByArticle: verdictDistribution(rows), signedOffPerDay: signedOff },
  };
}
