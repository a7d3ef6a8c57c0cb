import { formatDay, formatDayMonth } from "./format";
import styles from "./dashboard.module.css";
import { TableScroll } from "../ui/table-scroll";

/** Sign-offs per day over the last weeks as HTML bars that take the width they are given (no script). */
export function SignoffChart({ days }: { days: { day: string; count: number }[] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const busiest = days.reduce((best, d) => (d.count > best.count ? d : best), days[0] ?? { day: "", count: 0 });
  const labelled = new Set(days.filter((_, i) => (days.length - 1 - i) % 5 === 0).map((d) => d.day));
  const description =
    total === 0
      ? `No claim was signed off in the last ${days.length} days.`
      : `${total} sign-offs in the last ${days.length} days (UTC); the busiest day was ${formatDay(busiest.day)} with ${busiest.count}. The table below gives every day.`;
  return (
    <figure className={styles.chart}>
      <div role="img" aria-label="Claims signed off per day" aria-describedby="signoff-chart-desc" className={styles.dayChart}>
        <span id="signoff-chart-desc" hidden>
          {description}
        </span>
        <span className={styles.dayAxis} aria-hidden="true">
          <span>{max}</span>
          <span>0</span>
        </span>
        <span className={styles.dayBars}>
          {total === 0 && (
            <span className={styles.emptyChart}>
              <strong>No sign-offs in the last {days.length} days.</strong>
              <span>Each claim an editor signs off will show here on its day.</span>
            </span>
          )}
          {days.map((d) => (
            <span key={d.day} className={styles.dayColumn} title={`${formatDay(d.day)}: ${d.count} signed off`}>
              <span className={styles.dayBar} style={{ height: `${(d.count * 100) / max}%` }} />
              <span className={styles.dayLabel}>{labelled.has(d.day) ? formatDayMonth(d.day) : ""}</span>
            </span>
          ))}
        </span>
      </div>
      {total > 0 && (
        <details>
          <summary>Sign-offs per day as a table</summary>
          <TableScroll label="Sign-offs per day table">
            <table className="table">
              <caption className="visually-hidden">Claims signed off on each of the last {days.length} days (UTC)</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Signed off</th>
                </tr>
              </thead>
              <tbody>
                {days.map((d) => (
                  <tr key={d.day}>
                    <th scope="row">{formatDay(d.day)}</th>
                    <td>{d.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      )}
    </figure>
  );
}
