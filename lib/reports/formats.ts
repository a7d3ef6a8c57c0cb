import { AppError } from "@/lib/errors/app-error";

/** The closed list of report formats (API.md), in the order menus and messages list them. */
export const REPORT_FORMATS = ["md", "html", "csv", "json", "pdf", "jsonld", "w3c"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ReportFormat, { label: string; contentType: string; extension: string }> = {
  md: { label: "Markdown", contentType: "text/markdown; charset=utf-8", extension: "md" },
  html: { label: "HTML (print to PDF)", contentType: "text/html; charset=utf-8", extension: "html" },
  csv: { label: "CSV (spreadsheet)", contentType: "text/csv; charset=utf-8", extension: "csv" },
  json: { label: "JSON", contentType: "application/json; charset=utf-8", extension: "json" },
  pdf: { label: "PDF", contentType: "application/pdf", extension: "pdf" },
  jsonld: { label: "schema.org JSON-LD (ClaimReview)", contentType: "application/ld+json; charset=utf-8", extension: "jsonld" },
  // The media type the W3C Web Annotation Protocol gives annotation documents.
  w3c: {
    label: "W3C Web Annotations",
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    extension: "annotations.jsonld",
  },
};

export function isReportFormat(value: unknown): value is ReportFormat {
  return typeof value === "string" && (REPORT_FORMATS as readonly string[]).includes(value);
}

/** The format asked for, or a 400 that lists the known ones. */
export function parseReportFormat(value: string | null | undefined): ReportFormat {
  if (isReportFormat(value)) return value;
  const known = REPORT_FORMATS.join(", ");
  const message = value ? `Unknown format “${value}”. Known formats: ${known}.` : `Name a format. Known formats: ${known}.`;
  throw new AppError("MALFORMED", message, { format: `Must be one of: ${known}.` });
}

/** e.g. "claimdesk-corrections-some-slug-2024-03-05.md": the subject and the day it was generated. */
export function reportFilename(subject: string, format: ReportFormat, generatedAt: Date): string {
  const safe = subject.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "report";
  return `claimdesk-corrections-${safe}-${generatedAt.toISOString().slice(0, 10)}.${FORMAT_INFO[format].extension}`;
}
