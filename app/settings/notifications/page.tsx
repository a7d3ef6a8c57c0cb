import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/current-user";
import { getPreferences } from "@/lib/notifications/preferences";
import { PreferencesForm } from "./preferences-form";

export const metadata: Metadata = { title: "Notification settings" };
export const dynamic = "force-dynamic";

export default async function NotificationSettingsPage() {
  const user = await requirePageUser("/settings/notifications");
  const preferences = await getPreferences(user);
  return (
    <div className="page narrow">
      <h1>Notification settings</h1>
      <PreferencesForm initial={preferences} emailAvailable={Boolean(process.env.SMTP_URL)} />
    </div>
  );
}
