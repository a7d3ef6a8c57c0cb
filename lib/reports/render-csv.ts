import { stringify } from "csv-stringify/sync";
import { evidenceLine, personLine } from "./words";
import type { Report, ReportArticle, ReportCorrection } from "./types";

/** One row per correction; the header names are the contract a spreadsheet or a script reads. */
export const CSV_COLUMNS = [
  "article_slug",
  "article_title",
  "article_url",
  "claim_id",
  "claim_url",
  "paragraph",
  "start",
  "end",
  "verdict",
  "state",
  "signed_off",
  "original_wording",
  "current_wording",
  "what_is_wrong",
  "correction",
  "correction_applied",
  "evidence",
  "reviewed_by",
  "reviewed_at",
  "signed_off_by",
  "signed_off_at",
] as const;

/**
 * Text from articles and people is made inert for spreadsheets: a cell starting with = + - @ or a tab or
 * carriage return would be run as a formula (CSV injection), so it gets a leading apostrophe, as OWASP advises.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const yesNo = (flag: boolean) => (flag ? "yes" : "no");

export function csvRecord(article: ReportArticle, c: ReportCorrection): string[] {
  const text = (value: string | null) => spreadsheetSafe(value ?? "");
  return [
    article.slug,
    text(article.title),
    // The article's own address; one imported without it is linked at its page in Claimdesk.
    article.url ?? article.appUrl,
    c.id,
    c.appUrl,
    String(c.paragraph),
    String(c.start),
    String(c.end),
    c.verdict,
    c.state,
    yesNo(c.signedOff),
    text(c.originalWording),
    text(c.quote),
    text(c.whatIsWrong),
    text(c.correction),
    yesNo(c.correctionApplied),
    text(c.evidence.map(evidenceLine).join("\n")),
    text(personLine(c.reviewedBy, null)),
    c.reviewedAt ?? "",
    text(personLine(c.signedOffBy, null)),
    c.signedOffAt ?? "",
  ];
}

// CRLF (RFC 4180) and a byte order mark, so Excel opens the UTF-8 text as UTF-8.
export const CSV_OPTIONS = { record_delimiter: "windows", quoted_string: true } as const;

export function csvChunk(records: string[][], first: boolean): string {
  // The header goes in as a plain first record: records are arrays, so there are no keys for `columns` to name.
  return stringify(first ? [[...CSV_COLUMNS], ...records] : records, { ...CSV_OPTIONS, bom: first });
}

/** The whole report as CSV, for reports already in memory; large exports use stream-csv.ts instead. */
export function renderCsv(report: Report): string {
  const records = report.articles.flatMap((a) => a.corrections.map((c) => csvRecord(a.article, c)));
  return csvChunk(records, true);
}
