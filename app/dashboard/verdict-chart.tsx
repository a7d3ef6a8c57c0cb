import type { VerdictSeries } from "@/lib/dashboard/charts-data";
import { VERDICT_KEYS } from "@/lib/dashboard/figures";
import { verdictShares } from "@/lib/dashboard/verdict-shares";
import { VERDICT_LABEL } from "../ui/labels";
import { VERDICT_CLASS } from "./chart-colors";
import { formatCount } from "./format";
import styles from "./dashboard.module.css";

const WORDS: Record<string, string> = { ...VERDICT_LABEL, NONE: "No verdict yet" };

/**
 * Each article's verdicts as shares of its own claims (a 1,200-claim article does not shrink the others to
 * slivers), drawn as HTML bars that take the width they are given. The full title shows on hover; each bar's
 * figures are written out for a screen reader, and the Articles table above holds every count.
 */
export function VerdictChart({ series }: { series: VerdictSeries[] }) {
  return (
    <figure className={styles.chart}>
      <div role="img" aria-labelledby="verdict-chart-title" aria-describedby="verdict-chart-desc" className={styles.shareChart}>
        <span id="verdict-chart-title" hidden>
          Verdicts per article
        </span>
        <span id="verdict-chart-desc" hidden>
          {series.length === 0
            ? "No articles on this page."
            : series
                .map((s) => {
                  const { total, shares } = verdictShares(s.counts);
                  const parts = shares.filter((x) => x.count > 0).map((x) => `${WORDS[x.key]} ${x.percent}%`);
                  return `${s.title}: ${formatCount(total)} claims${parts.length ? `, ${parts.join(", ")}` : ""}.`;
                })
                .join(" ")}
        </span>
        {series.length === 0 && <p className="muted">No articles on this page.</p>}
        {series.map((s) => {
          const { total, shares } = verdictShares(s.counts);
          return (
            <div key={s.slug} className={styles.shareRow}>
              <span className={styles.shareTitle} title={s.title}>
                {s.title}
              </span>
              <span className={styles.shareBar}>
                {shares
                  .filter((x) => x.count > 0)
                  .map((x) => (
                    <span
                      key={x.key}
                      className={`${styles.shareSegment} ${VERDICT_CLASS[x.key]}`}
                      style={{ width: `${(x.count * 100) / total}%` }}
                      title={`${s.title} — ${WORDS[x.key]}: ${formatCount(x.count)} of ${formatCount(total)} claims (${x.percent}%)`}
                    >
                      {x.percent >= 8 ? `${x.percent}%` : ""}
                    </span>
                  ))}
              </span>
              <span className={styles.shareTotal}>{formatCount(total)} claims</span>
            </div>
          );
        })}
      </div>
      <ul className={styles.legend} aria-hidden="true">
        {VERDICT_KEYS.map((key) => (
          <li key={key}>
            <span className={`${styles.swatch} ${VERDICT_CLASS[key]}`} />
            {WORDS[key]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
