"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";

/** The stream events that mean something a page shows has changed (presence is handled apart). */
export const CHANGE_EVENTS = ["claim", "citation", "flag", "comment", "revision"] as const;

/**
 * Follows one /api/stream URL and re-renders the page's server data after a change; a burst of
 * events (one save's several rows, a bulk move) refreshes once, `delayMs` after the last.
 * `listen` may add listeners of its own to the same EventSource (the claim page's presence); a new
 * `reconnectFor` opens the stream again (a new claim: the stream's first events say who is on it now).
 */
export function useLiveRefresh(url: string, delayMs: number, listen?: (source: EventSource) => void, reconnectFor: string | null = null) {
  const router = useRouter();
  const latest = useRef(listen);
  latest.current = listen;
  useEffect(() => {
    const source = new EventSource(url);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), delayMs);
    };
    for (const name of CHANGE_EVENTS) source.addEventListener(name, changed);
    latest.current?.(source);
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [url, delayMs, router, reconnectFor]);
}
