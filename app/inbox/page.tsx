import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import { listNotifications } from "@/lib/notifications/inbox";
import { NOTIFICATION_KIND_LABEL, type NotificationKind } from "@/lib/notifications/kinds";
import { formatDateTime } from "../ui/labels";
import { MarkReadButton } from "./mark-read";

export const metadata: Metadata = { title: "Inbox" };
export const dynamic = "force-dynamic";

export default async function InboxPage() {
  const user = await requirePageUser("/inbox");
  const { notifications, unread } = await listNotifications(user);
  return (
    <div className="page narrow">
      <h1>Inbox</h1>
      <div className="toolbar">
        <p className="muted">{unread === 0 ? "Nothing unread." : `${unread} unread.`}</p>
        {unread > 0 && <MarkReadButton ids="all" label="Mark all read" />}
        <Link href="/settings/notifications">Notification settings</Link>
      </div>
      {notifications.length === 0 ? (
        <p>Nothing yet. You are told here when a claim is assigned to you, someone mentions you, a claim you reviewed is signed off or sent back, or (editors) a claim awaits your sign-off.</p>
      ) : (
        <ul className="inbox" aria-label="Notifications, newest first">
          {notifications.map((n) => (
            <li key={n.id} className={n.readAt ? "inbox-item" : "inbox-item unread"}>
              <p className="small muted">
                {NOTIFICATION_KIND_LABEL[n.kind as NotificationKind] ?? n.kind} · {formatDateTime(n.createdAt)}
                {!n.readAt && <strong className="unread-tag"> · Unread</strong>}
              </p>
              <p>
                <Link href={`/claims/${encodeURIComponent(n.claimId)}`}>{n.text}</Link>
              </p>
              {!n.readAt && <MarkReadButton ids={[n.id]} label="Mark read" />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
