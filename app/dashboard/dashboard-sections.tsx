"use client";

import type { DashboardData } from "@/lib/dashboard/summary";
import { Overview } from "./overview";
import { Queues } from "./queues";
import { ArticleTable } from "./article-table";
import { Charts } from "./charts";
import { Workload } from "./workload";
import { RecentActivity } from "./activity";
import styles from "./dashboard.module.css";

/**
 * The dashboard's sections, rendered from the figures alone. A client component on purpose: the
 * server sends the figures (a few kilobytes of JSON) beside the HTML, where server components would
 * send every table cell and chart element a second time as React's payload — the dashboard was
 * the heaviest page to render, and this made it about a third cheaper. Nothing here is interactive.
 */
export function DashboardSections({ data }: { data: DashboardData }) {
  const mine = data.scope === "mine";
  return (
    <>
      <Overview figures={data.overall} mine={mine} />
      <Queues queues={data.queues} />
      <ArticleTable rows={data.articles.rows} total={data.articles.total} page={data.articles.page} pageSize={data.articles.pageSize} />
      <Charts charts={data.charts} />
      <div className={styles.twoColumns}>
        <Workload rows={data.workload} mine={mine} />
        <RecentActivity items={data.activity} mine={mine} />
      </div>
    </>
  );
}
