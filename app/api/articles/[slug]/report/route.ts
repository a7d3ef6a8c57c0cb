import { requirePermission } from "@/lib/auth/session-user";
import { apiRoute } from "@/lib/http/api-route";
import { reportAppUrl } from "@/lib/reports/app-url";
import { parseReportFormat } from "@/lib/reports/formats";
import { reportResponse } from "@/lib/reports/respond";

export const dynamic = "force-dynamic";
// pdfkit reads its font metrics from disk: the Node.js runtime, never the edge.
export const runtime = "nodejs";

/** GET /api/articles/{slug}/report?format=FMT — the article's corrections report as a download. */
export const GET = apiRoute<{ slug: string }>(async ({ request, user, params }) => {
  requirePermission(user, "report:read");
  const format = parseReportFormat(new URL(request.url).searchParams.get("format"));
  return reportResponse({ slug: params.slug }, format, reportAppUrl(request.url));
});
