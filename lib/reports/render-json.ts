import type { Report } from "./types";

/**
 * The report as JSON for scripts and CMS plug-ins: everything the other formats show, with the article's
 * full claim list left out (the W3C and JSON-LD formats carry every claim; this one is about corrections).
 */
export function renderJson(report: Report): string {
  const articles = report.articles.map(({ claims: _claims, ...rest }) => rest);
  return `${JSON.stringify({ format: "claimdesk-corrections-report", formatVersion: 1, ...report, articles }, null, 2)}\n`;
}
