import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { presenceInputSchema, reportPresence } from "@/lib/live/presence";

export const dynamic = "force-dynamic";

/** Tabs send this every ~10 s, and with `navigator.sendBeacon` and activity LEFT when they close. */
export const POST = apiRoute(async ({ request, user }) => reportPresence(user, await readJsonBody(request, presenceInputSchema)));
