import { requirePermission } from "@/lib/auth/session-user";
import { apiRoute } from "@/lib/http/api-route";
import { searchQuerySchema } from "@/lib/search/query";
import { searchDesk } from "@/lib/search/search";

export const dynamic = "force-dynamic";

/** GET /api/search?q=TEXT[&type=claim|article|source|comment][&limit=N] */
export const GET = apiRoute(async ({ request, user }) => {
  requirePermission(user, "claim:read");
  const params = new URL(request.url).searchParams;
  const input = searchQuerySchema.parse({ q: params.get("q") ?? "", type: params.get("type") ?? undefined, limit: params.get("limit") ?? undefined });
  return searchDesk(input);
});
