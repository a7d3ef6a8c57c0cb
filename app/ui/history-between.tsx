"use client";

import { useEffect, useState } from "react";
import type { ClaimDetail, HistoryEvent } from "@/lib/review/claim-detail";
import { Disclosure } from "./disclosure";
import { HistoryEntry } from "./history-entry";
import { callApi } from "./evidence-api";
import { entriesBetween } from "./history-fold";

interface Props {
  claimId: string;
  /** How many entries the page folded. */
  count: number;
  /** The entries on either side of the fold. */
  afterId: string;
  beforeId: string;
}

/** The folded entries, read from the claims API when the person unfolds them: the page does not carry them. */
function FetchedEntries({ claimId, afterId, beforeId }: Omit<Props, "count">) {
  const [events, setEvents] = useState<HistoryEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    callApi<ClaimDetail>(`/api/claims/${encodeURIComponent(claimId)}`)
      .then((claim) => {
        if (!live) return;
        const between = entriesBetween(claim.events, afterId, beforeId);
        if (between) setEvents(between);
        else setError("The history changed since this page was opened: reload the page to see it.");
      })
      .catch((e: unknown) => live && setError(`The entries could not be loaded: ${e instanceof Error ? e.message : String(e)}`));
    return () => {
      live = false;
    };
  }, [claimId, afterId, beforeId]);
  if (error) return <p role="alert">{error}</p>;
  if (!events) return <p role="status">Loading the entries…</p>;
  return (
    <ol className="history">
      {events.map((event) => (
        <HistoryEntry key={event.id} event={event} />
      ))}
    </ol>
  );
}

/** The history entries between a claim's creation and its latest ones, read when the person unfolds them. */
export function HistoryBetween({ count, ...entries }: Props) {
  return (
    <li className="history-between">
      <Disclosure summary={`Show the ${count} entries in between`}>
        <FetchedEntries {...entries} />
      </Disclosure>
    </li>
  );
}
