import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { dashboardScope } from "@/lib/dashboard/scope";
import { loadDashboard } from "@/lib/dashboard/summary";
import { parseClaimsQueryLeniently } from "@/lib/dashboard/claims-table";
import { cachedClaimsTable } from "@/lib/dashboard/list-claims";
import { allowedNextStates, CLAIM_STATES } from "@/lib/review/rules";
import { listAssignablePeople } from "@/lib/users/people";
import { Overview } from "./overview";
import { Queues } from "./queues";
import { ArticleTable } from "./article-table";
import { Charts } from "./charts";
import { Workload } from "./workload";
import { RecentActivity } from "./activity";
import { ClaimsSection } from "./claims-section";
import { ReportMenu } from "../ui/report-menu";
import styles from "./dashboard.module.css";

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function articlePage(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value.at(-1) : value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requirePageUser("/dashboard");
  const params = await searchParams;
  const { query, errors } = parseClaimsQueryLeniently(params);
  const scope = dashboardScope(user);
  const canAssign = can(user.role, "claim:assign");
  const [data, table, people] = await Promise.all([
    loadDashboard(user, { articlePage: articlePage(params.apage) }),
    cachedClaimsTable(scope, user.id, query),
    canAssign ? listAssignablePeople() : Promise.resolve([]),
  ]);
  const mine = data.scope === "mine";
  // Only states this role can reach from some state: a reviewer is never offered "Signed off".
  const states = CLAIM_STATES.filter((to) => CLAIM_STATES.some((from) => allowedNextStates(user.role, from).includes(to)));
  return (
    <div className={styles.wide}>
      <div>
        <h1>Dashboard</h1>
        <p className="muted">
          {mine ? "The claims assigned to you. Editors see every article." : "Every article's fact-check progress."} Figures as of{" "}
          <time dateTime={data.generatedAt}>{data.generatedAt.slice(11, 16)} UTC</time>.
        </p>
        {!mine && <ReportMenu />}
      </div>
      <Overview figures={data.overall} mine={mine} />
      <Queues queues={data.queues} />
      <ArticleTable rows={data.articles.rows} total={data.articles.total} page={data.articles.page} pageSize={data.articles.pageSize} />
      <Charts charts={data.charts} />
      <div className={styles.twoColumns}>
        <Workload rows={data.workload} mine={mine} />
        <RecentActivity items={data.activity} mine={mine} />
      </div>
      <ClaimsSection page={table} query={query} errors={errors} people={people} mine={mine} canAssign={canAssign} states={states} asksReason={can(user.role, "claim:send-back")} />
    </div>
  );
}
