import type { Queue } from "@/lib/dashboard/queues";
import { claimsTableHref, shorten } from "./query-href";
import { formatCount, formatDateTime } from "./format";
import styles from "./dashboard.module.css";

/** The work waiting for someone: each queue's size, its first claims, and a link to all of it in the table. */
export function Queues({ queues }: { queues: Queue[] }) {
  return (
    <section className={styles.section} aria-labelledby="queues-title">
      <h2 id="queues-title">Queues</h2>
      <div className={styles.queues}>
        {queues.map((queue) => (
          <section key={queue.id} className={styles.queue} aria-labelledby={`queue-${queue.id}`}>
            <h3 id={`queue-${queue.id}`}>
              {queue.title} ({formatCount(queue.total)})
            </h3>
            {queue.items.length === 0 ? (
              <p className="muted small">Nothing waiting.</p>
            ) : (
              <ol>
                {queue.items.map((item) => (
                  <li key={item.id}>
                    <a href={`/claims/${item.id}`}>{shorten(item.quote, 80)}</a>{" "}
                    <span className="muted small">
                      — {shorten(item.articleTitle, 50)}, <time dateTime={item.updatedAt}>{formatDateTime(item.updatedAt)}</time>
                    </span>
                  </li>
                ))}
              </ol>
            )}
            {queue.total > 0 && (
              <a className="small" href={claimsTableHref(queue.filter)}>
                All {formatCount(queue.total)} in the claims table
                <span className="visually-hidden"> ({queue.title.toLowerCase()})</span>
              </a>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
