import type { ClaimFigures } from "@/lib/dashboard/figures";
import { formatCount } from "./format";
import styles from "./dashboard.module.css";

/** The slice at a glance: the numbers an editor reads first. */
export function Overview({ figures, mine }: { figures: ClaimFigures; mine: boolean }) {
  const items: [string, number][] = [
    [mine ? "Your claims" : "Claims under review", figures.total],
    ["Signed off", figures.signedOff],
    ["Awaiting sign-off", figures.byState.AWAITING_SIGNOFF],
    ["Open flags", figures.openFlags],
    ["High-severity open flags", figures.openFlagsBySeverity.HIGH],
    ["Corrections pending", figures.correctionsPending],
    ["Changed or orphaned anchors", figures.anchorsChanged],
    ["Suggestions to decide", figures.suggestions],
  ];
  return (
    <section className={styles.section} aria-labelledby="overview-title">
      <h2 id="overview-title">{mine ? "Your claims at a glance" : "At a glance"}</h2>
      <dl className={styles.figures}>
        {items.map(([label, value]) => (
          <div className={styles.figure} key={label}>
            <dt>{label}</dt>
            <dd>{formatCount(value)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">
        Suggestions are detected claims nobody has accepted yet; they are counted apart and left out of every other figure.
        Rejected suggestions are never counted. A correction is pending while an inaccurate or misleading claim still reads as rated.
      </p>
    </section>
  );
}
