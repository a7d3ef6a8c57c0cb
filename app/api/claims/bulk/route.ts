import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { bulkInputSchema } from "@/lib/dashboard/bulk-schema";
import { runBulkAction } from "@/lib/dashboard/bulk";

export const dynamic = "force-dynamic";

/** Bulk assign or state change: 200 with a result per claim (each done or refused with its own status). */
export const POST = apiRoute(async ({ request, user }) => {
  const input = await readJsonBody(request, bulkInputSchema);
  return { results: await runBulkAction(user, input) };
});
