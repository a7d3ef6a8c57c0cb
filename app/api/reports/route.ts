import { requirePermission } from "@/lib/auth/session-user";
import { apiRoute } from "@/lib/http/api-route";
import { reportAppUrl } from "@/lib/reports/app-url";
import { parseReportFormat } from "@/lib/reports/formats";
import { parseReportRange } from "@/lib/reports/range";
import { reportResponse } from "@/lib/reports/respond";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET /api/reports?format=FMT&from=YYYY-MM-DD&to=YYYY-MM-DD — the corrections of every article published
 * (or, with no publication date, imported) in the inclusive date range, in UTC.
 */
export const GET = apiRoute(async ({ request, user }) => {
  requirePermission(user, "report:read");
  const query = new URL(request.url).searchParams;
  const format = parseReportFormat(query.get("format"));
  const range = parseReportRange({ from: query.get("from"), to: query.get("to") });
  return reportResponse({ range }, format, reportAppUrl(request.url));
});
