import { FORMAT_INFO, type ReportFormat } from "./formats";
import { renderCsv } from "./render-csv";
import { renderHtml } from "./render-html";
import { renderJson } from "./render-json";
import { renderJsonLd } from "./render-jsonld";
import { renderMarkdown } from "./render-markdown";
import { renderPdf } from "./render-pdf";
import { renderW3c } from "./render-w3c";
import type { Report } from "./types";

const TEXT_RENDERERS: Record<Exclude<ReportFormat, "pdf">, (report: Report) => string> = {
  md: renderMarkdown,
  html: renderHtml,
  csv: renderCsv,
  json: renderJson,
  jsonld: renderJsonLd,
  w3c: renderW3c,
};

/** A report in memory, rendered: text for every format but PDF, bytes for PDF. */
export async function renderReport(report: Report, format: ReportFormat): Promise<{ body: string | Buffer; contentType: string }> {
  const body = format === "pdf" ? await renderPdf(report) : TEXT_RENDERERS[format](report);
  return { body, contentType: FORMAT_INFO[format].contentType };
}
