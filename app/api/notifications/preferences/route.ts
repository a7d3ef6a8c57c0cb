import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { getPreferences, preferencesSchema, savePreferences } from "@/lib/notifications/preferences";

export const dynamic = "force-dynamic";

/** The signed-in person's own notification preferences: `{"kinds":[…],"email":bool}`. */
export const GET = apiRoute(async ({ user }) => getPreferences(user));
export const PUT = apiRoute(async ({ request, user }) => savePreferences(user, await readJsonBody(request, preferencesSchema)));
