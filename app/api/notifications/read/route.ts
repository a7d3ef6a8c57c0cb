import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { markNotificationsRead, markReadSchema } from "@/lib/notifications/inbox";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async ({ request, user }) => markNotificationsRead(user, await readJsonBody(request, markReadSchema)));
