import type { HistoryEvent } from "@/lib/review/claim-detail";
import { HistoryEntry } from "./history-entry";
import { HistoryBetween } from "./history-between";

// A claim under heavy work gathers a long history (every citation, comment and edit writes an entry); rendering
// every entry on every visit (as markup and again as React's payload) made such a claim's page the costliest
// page there is. The creation and the latest entries show; those in between unfold on demand.
const SHOW_ALL_UP_TO = 15;
const LATEST_SHOWN = 12;

/** Splits a history (oldest first) into what shows at once and what unfolds on demand (nothing, when it is short). */
export function foldHistory<T>(events: readonly T[]): { first: T[]; between: T[]; latest: T[] } {
  if (events.length <= SHOW_ALL_UP_TO) return { first: [...events], between: [], latest: [] };
  return { first: events.slice(0, 1), between: events.slice(1, -LATEST_SHOWN), latest: events.slice(-LATEST_SHOWN) };
}

export function ClaimHistory({ events }: { events: HistoryEvent[] }) {
  const { first, between, latest } = foldHistory(events);
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">History</h3>
      <ol className="history">
        {first.map((event) => (
          <HistoryEntry key={event.id} event={event} />
        ))}
        {between.length > 0 && <HistoryBetween events={between} />}
        {latest.map((event) => (
          <HistoryEntry key={event.id} event={event} />
        ))}
      </ol>
    </section>
  );
}
