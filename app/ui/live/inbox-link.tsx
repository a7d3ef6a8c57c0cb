"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";

/** How often the header asks for the unread count: a notification is rarely urgent to the second. */
const POLL_MS = 20_000;

/** "Inbox" with the unread count in the header, kept current while the page stays open. */
export function InboxLink({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  const pathname = usePathname();
  useEffect(() => setUnread(initialUnread), [initialUnread]);
  useEffect(() => {
    let stopped = false;
    const read = async () => {
      if (document.visibilityState !== "visible") return;
      const response = await fetch("/api/notifications", { cache: "no-store" }).catch(() => null);
      if (!stopped && response?.ok) setUnread(((await response.json()) as { unread: number }).unread);
    };
    const timer = setInterval(() => void read(), POLL_MS);
    const onVisible = () => void read();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("claimdesk:inbox-changed", onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("claimdesk:inbox-changed", onVisible);
    };
  }, [pathname]);
  return (
    <Link href="/inbox" aria-label={unread > 0 ? `Inbox, ${unread} unread` : "Inbox"} aria-current={pathname === "/inbox" ? "page" : undefined}>
      Inbox{unread > 0 && <span className="unread-count" aria-hidden="true">{unread > 99 ? "99+" : unread}</span>}
    </Link>
  );
}
