import { requirePermission } from "@/lib/auth/session-user";
import { apiRoute } from "@/lib/http/api-route";
import { dashboardScope } from "@/lib/dashboard/scope";
import { parseClaimsQueryOrThrow } from "@/lib/dashboard/claims-table";
import { cachedClaimsTable } from "@/lib/dashboard/list-claims";

export const dynamic = "force-dynamic";

/** The claims table across articles: editors and admins see every claim, reviewers the ones assigned to them. */
export const GET = apiRoute(async ({ request, user }) => {
  requirePermission(user, "claim:read");
  const query = parseClaimsQueryOrThrow(new URL(request.url).searchParams);
  return cachedClaimsTable(dashboardScope(user), user.id, query);
});
