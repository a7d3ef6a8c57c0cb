import type { DashboardData } from "@/lib/dashboard/summary";
import { SignoffChart } from "./signoff-chart";
import { VerdictChart } from "./verdict-chart";
import styles from "./dashboard.module.css";

export function Charts({ charts }: { charts: DashboardData["charts"] }) {
  return (
    <section className={styles.section} aria-labelledby="charts-title">
      <h2 id="charts-title">Verdicts and sign-offs</h2>
      <div className={styles.chartColumns}>
        <div>
          <h3>Share of each verdict per article (this page of articles)</h3>
          <VerdictChart series={charts.verdictsByArticle} />
        </div>
        <div>
          <h3>Sign-offs over the last {charts.signedOffPerDay.length} days</h3>
          <SignoffChart days={charts.signedOffPerDay} />
        </div>
      </div>
    </section>
  );
}
