import type { HistoryEvent } from "@/lib/review/claim-detail";
import { HistoryEntry } from "./history-entry";
import { HistoryBetween } from "./history-between";
import { foldHistory } from "./history-fold";

export function ClaimHistory({ claimId, events }: { claimId: string; events: HistoryEvent[] }) {
  const { first, between, latest } = foldHistory(events);
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">History</h3>
      <ol className="history">
        {first.map((event) => (
          <HistoryEntry key={event.id} event={event} />
        ))}
        {between.length > 0 && <HistoryBetween claimId={claimId} count={between.length} afterId={first[0].id} beforeId={latest[0].id} />}
        {latest.map((event) => (
          <HistoryEntry key={event.id} event={event} />
        ))}
      </ol>
    </section>
  );
}
