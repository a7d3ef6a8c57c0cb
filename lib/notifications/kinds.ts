import { z } from "zod";

export const NOTIFICATION_KINDS = ["ASSIGNED", "MENTIONED", "AWAITING_SIGNOFF", "SIGNED_OFF", "SENT_BACK"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);

/** How each kind is said in the inbox and the preferences form. */
export const NOTIFICATION_KIND_LABEL: Record<NotificationKind, string> = {
  ASSIGNED: "Assigned to you",
  MENTIONED: "Mentioned in a comment",
  AWAITING_SIGNOFF: "Awaiting your sign-off",
  SIGNED_OFF: "Your claim was signed off",
  SENT_BACK: "Your claim was sent back",
};

/** A claim's wording, short enough for one line of the inbox. */
export function shortQuote(quote: string, max = 80): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  return flat.length <= max ? `“${flat}”` : `“${flat.slice(0, max - 1)}…”`;
}
