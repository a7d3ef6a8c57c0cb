"use client";

import type { HistoryEvent } from "@/lib/review/claim-detail";
import { Disclosure } from "./disclosure";
import { HistoryEntry } from "./history-entry";

/** The history entries between a claim's creation and its latest ones, rendered when the person unfolds them. */
export function HistoryBetween({ events }: { events: HistoryEvent[] }) {
  return (
    <li className="history-between">
      <Disclosure summary={`Show the ${events.length} entries in between`}>
        <ol className="history">
          {events.map((event) => (
            <HistoryEntry key={event.id} event={event} />
          ))}
        </ol>
      </Disclosure>
    </li>
  );
}
