"use client";

import { useEffect, useRef, useState } from "react";
import { useLiveRefresh } from "./use-live-refresh";
import { describePresence, presenceFieldOf, type PresentPerson } from "@/lib/live/presence-words";

/** Heartbeats keep this tab's presence alive (the server forgets a tab after 30 s of silence). */
const HEARTBEAT_MS = 10_000;
/** Several events of one save arrive together: one refresh for them all. */
const REFRESH_DELAY_MS = 200;

/**
 * Keeps an article's page live: one EventSource per tab on /api/stream; each change someone makes
 * re-renders the page's server data (forms keep what the person typed: use-edits.ts), and this tab
 * tells the others where its person is. On a claim it shows who else is there.
 */
export function LiveArticle({ slug, claimId, selfId }: { slug: string; claimId: string | null; selfId: string }) {
  const [people, setPeople] = useState<PresentPerson[]>([]);
  const tabId = useRef("");
  const activity = useRef<{ activity: "VIEWING" | "EDITING"; field: string | null }>({ activity: "VIEWING", field: null });
  useEffect(() => setPeople([]), [claimId]);

  useLiveRefresh(
    `/api/stream?article=${encodeURIComponent(slug)}`,
    REFRESH_DELAY_MS,
    (source) =>
      source.addEventListener("presence", (message: MessageEvent<string>) => {
        const data = JSON.parse(message.data) as { claimId: string | null; people?: PresentPerson[] };
        if (claimId && data.claimId === claimId && data.people) setPeople(data.people);
      }),
    claimId,
  );

  useEffect(() => {
    tabId.current ||= `tab-${crypto.randomUUID()}`;
    const body = (overrides: Record<string, unknown> = {}) =>
      JSON.stringify({ article: slug, tabId: tabId.current, claimId, ...activity.current, ...overrides });
    const report = () =>
      void fetch("/api/presence", { method: "POST", headers: { "Content-Type": "application/json" }, body: body(), keepalive: true }).catch(() => undefined);
    // Moving from one field to the next is a focusout then a focusin: one report for both.
    let settle: ReturnType<typeof setTimeout> | undefined;
    let reported = { ...activity.current };
    const onFocus = (event: FocusEvent) => {
      const target = event.target as HTMLElement | null;
      const field = target?.closest("form") && target.getAttribute("name") ? presenceFieldOf(target.getAttribute("name")!) : null;
      activity.current = event.type === "focusin" && field ? { activity: "EDITING", field } : { activity: "VIEWING", field: null };
      clearTimeout(settle);
      settle = setTimeout(() => {
        if (activity.current.activity === reported.activity && activity.current.field === reported.field) return;
        reported = { ...activity.current };
        report();
      }, 150);
    };
    // A closing tab says so at once; a tab that dies silently expires on the server.
    const onLeave = () => navigator.sendBeacon("/api/presence", new Blob([body({ activity: "LEFT" })], { type: "application/json" }));
    report();
    const heartbeat = setInterval(report, HEARTBEAT_MS);
    document.addEventListener("focusin", onFocus);
    document.addEventListener("focusout", onFocus);
    window.addEventListener("pagehide", onLeave);
    return () => {
      clearInterval(heartbeat);
      clearTimeout(settle);
      document.removeEventListener("focusin", onFocus);
      document.removeEventListener("focusout", onFocus);
      window.removeEventListener("pagehide", onLeave);
      onLeave();
    };
  }, [slug, claimId]);

  const lines = describePresence(people, selfId);
  if (!claimId) return null;
  return (
    <div className="presence" role="status" aria-live="polite" aria-label="Who else is on this claim">
      {lines.length > 0 && (
        <ul>
          {lines.map((line) => (
            <li key={line} className="presence-badge">
              {line}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
