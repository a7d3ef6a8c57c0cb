import { apiRoute } from "@/lib/http/api-route";
import { listNotifications } from "@/lib/notifications/inbox";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ user }) => listNotifications(user));
