import { FORMAT_INFO, reportFilename, type ReportFormat } from "./formats";
import { loadReport, type ReportScope } from "./load-report";
import { renderReport } from "./render";
import { streamCorrectionsCsv } from "./stream-csv";

function headers(format: ReportFormat, filename: string): HeadersInit {
  return {
    "Content-Type": FORMAT_INFO[format].contentType,
    // A download, never shown in place; the filename is ASCII by construction (reportFilename).
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    // Should the HTML be opened in place anyway, it may run nothing and fetch nothing.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
  };
}

/**
 * The report as an HTTP download. CSV streams page by page from the database (a large export is never held
 * in memory); the other formats are rendered from the report in memory.
 */
export async function reportResponse(scope: ReportScope, format: ReportFormat, appUrl: string, now = new Date()): Promise<Response> {
  const subject = "slug" in scope ? scope.slug : `${scope.range.from}-to-${scope.range.to}`;
  const filename = reportFilename(subject, format, now);
  if (format === "csv") return new Response(await streamCorrectionsCsv(scope, { appUrl }), { headers: headers(format, filename) });
  const { body } = await renderReport(await loadReport(scope, { appUrl, now }), format);
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { headers: headers(format, filename) });
}
