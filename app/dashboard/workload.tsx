import type { WorkloadRow } from "@/lib/dashboard/workload";
import { claimsTableHref } from "./query-href";
import styles from "./dashboard.module.css";
import { TableScroll } from "../ui/table-scroll";

/** Who has how much: open assignments, what is in review, and what each person finished this week. */
export function Workload({ rows, mine }: { rows: WorkloadRow[]; mine: boolean }) {
  return (
    <section className={styles.section} aria-labelledby="workload-title">
      <h2 id="workload-title">{mine ? "Your workload" : "Reviewer workload"}</h2>
      <TableScroll label="Workload table">
      <table className="table">
        <caption className="visually-hidden">Open assigned claims, claims in review, and claims sent to or given sign-off this week (since Monday, UTC)</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Assigned</th>
            <th scope="col">In review</th>
            <th scope="col">Done this week</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.email}>
              <th scope="row">{row.name}</th>
              <td>
                {row.assigned > 0 && !mine ? (
                  <a href={claimsTableHref({ assignee: row.email, state: "OPEN" })} aria-label={`${row.assigned} claims assigned to ${row.name}`}>
                    {row.assigned}
                  </a>
                ) : (
                  row.assigned
                )}
              </td>
              <td>{row.inReview}</td>
              <td>{row.doneThisWeek}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
      <p className="muted small">Assigned counts claims not yet signed off. Done counts the claims a person sent to sign-off or signed off since Monday 00:00 UTC.</p>
    </section>
  );
}
