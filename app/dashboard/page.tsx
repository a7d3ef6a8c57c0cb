import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/current-user";
import { loadDashboard } from "@/lib/dashboard/summary";
import { deskStampOnce } from "@/lib/dashboard/cache";
import { CLAIMS_TABLE_PATH } from "./query-href";
import { ReportMenu } from "../ui/report-menu";
import { DashboardSections } from "./dashboard-sections";
import styles from "./dashboard.module.css";
import { LinkRot } from "./link-rot";
import { linkRotSummary } from "@/lib/snapshots/link-rot-summary";
import { can } from "@/lib/auth/permissions";
import { cachedRepeatQueue } from "@/lib/repeats/repeat-queue";
import { RepeatQueue } from "./repeat-queue";
import { LiveDeskRefresh } from "../ui/live/live-desk-refresh";

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
  // One read of the desk's stamp for both cached parts of the page.
  const deskStamp = deskStampOnce();
  const [data, linkRot] = await Promise.all([loadDashboard(user, { articlePage: articlePage(params.apage), deskStamp }), linkRotSummary()]);
  const mine = data.scope === "mine";
  const repeats = mine ? null : await cachedRepeatQueue(10, deskStamp);
  return (
    <div className={styles.wide}>
      <LiveDeskRefresh />
      <div>
        <h1>Dashboard</h1>
        <p className="muted">
          {mine ? "The claims assigned to you. Editors see every article." : "Every article's fact-check progress."} Figures as of{" "}
          <time dateTime={data.generatedAt}>{data.generatedAt.slice(11, 16)} UTC</time>.
        </p>
        <p>
          <a href={CLAIMS_TABLE_PATH}>{mine ? "Your claims in the claims table" : "Every claim in the claims table"}</a>: filter, search, sort and act on
          many claims at once.
        </p>
        {!mine && <ReportMenu />}
      </div>
      <DashboardSections data={data} />
      <LinkRot counts={linkRot} canCheckDesk={can(user.role, "source:check-desk")} />
      {repeats && <RepeatQueue queue={repeats} />}
    </div>
  );
}
