import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { requirePermission } from "@/lib/auth/session-user";
import { getOrganizationSettings, organizationInputSchema, saveOrganizationSettings } from "@/lib/config/organization-settings";

export const dynamic = "force-dynamic";

/**
 * The fact-checking organization (admins): GET `{"organization":{"name","url"},"source","version","defaults"}`;
 * PUT `{"name","url"?,"version"}` with the version last read (null before any save) answers the same, or 409
 * when someone saved in between.
 */
export const GET = apiRoute(async ({ user }) => {
  requirePermission(user, "organization:manage", "Only admins see the organization's settings.");
  return getOrganizationSettings();
});
export const PUT = apiRoute(async ({ request, user }) => {
  requirePermission(user, "organization:manage", "Only admins change the organization's settings.");
  return saveOrganizationSettings(user, await readJsonBody(request, organizationInputSchema));
});
