import type { loadRepeatQueue } from "@/lib/repeats/repeat-queue";
import { VERDICT_LABEL } from "../ui/labels";
import { shorten } from "./query-href";
import { formatCount } from "./format";
import styles from "./dashboard.module.css";

/** Claims that repeat (or contradict) one checked before, waiting for a reviewer's word. */
export function RepeatQueue({ queue }: { queue: Awaited<ReturnType<typeof loadRepeatQueue>> }) {
  return (
    <section className={styles.section} aria-labelledby="repeat-queue-title">
      <h2 id="repeat-queue-title">Repeated claims ({formatCount(queue.total)})</h2>
      {queue.items.length === 0 ? (
        <p className="muted small">No repeated claims waiting.</p>
      ) : (
        <ol>
          {queue.items.map((item) => (
            <li key={item.id}>
              <a href={`/claims/${item.claimId}`}>{shorten(item.quote, 80)}</a>{" "}
              <span className="muted small">
                — {item.relation === "SAME" ? "repeats" : "conflicts with"} a claim in {shorten(item.earlierTitle, 50)}
                {item.earlierVerdict ? ` (${VERDICT_LABEL[item.earlierVerdict] ?? item.earlierVerdict})` : ""}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
