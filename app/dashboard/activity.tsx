import type { ActivityItem } from "@/lib/dashboard/activity";
import { describeEvent } from "../ui/history-entry";
import { formatDateTime } from "./format";
import { shorten } from "./query-href";
import styles from "./dashboard.module.css";

/** The latest lines of the claims' history, in the same words as each claim's own history. */
export function RecentActivity({ items, mine }: { items: ActivityItem[]; mine: boolean }) {
  return (
    <section className={styles.section} aria-labelledby="activity-title">
      <h2 id="activity-title">{mine ? "Recent activity on your claims" : "Recent activity"}</h2>
      {items.length === 0 ? (
        <p className="muted">Nothing has happened yet.</p>
      ) : (
        <ol className={styles.activity}>
          {items.map((item) => (
            <li key={item.id}>
              <strong>{item.actor?.name ?? "Claimdesk"}</strong> {describeEvent(item)} on{" "}
              <a href={`/claims/${item.claim.id}`}>{shorten(item.claim.quote, 60)}</a>{" "}
              <span className="muted small">
                ({shorten(item.claim.articleTitle, 40)}) · <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
