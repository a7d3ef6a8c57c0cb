import PDFDocument from "pdfkit";
import { VERDICTS } from "@/lib/review/rules";
import { evidenceLine, formatDay, formatMoment, personLine, signedBy, STATE_WORDS, VERDICT_WORDS, word } from "./words";
import type { ArticleReport, Report, ReportCorrection, ReportSummary } from "./types";

// The PDF uses the 14 standard fonts, which pdfkit embeds nothing for and which encode Windows-1252 only.
const CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const inCp1252 = (ch: string) => {
  const code = ch.codePointAt(0)!;
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.includes(ch);
};

/**
 * Text the standard fonts can draw: a letter Windows-1252 lacks loses its accent when it has one ("ő" becomes
 * "o"); anything else ("ł", other scripts, emoji) becomes "?". The HTML format, printed from a browser,
 * renders every script; this is the server-side PDF's stated limit.
 */
export function pdfSafe(text: string): string {
  let out = "";
  for (const ch of text.replace(/\r\n?/g, "\n").replace(/\t/g, " ")) {
    if (inCp1252(ch)) out += ch;
    else {
      const base = ch.normalize("NFKD").replace(/\p{M}/gu, "");
      out += base && [...base].every(inCp1252) ? base : "?";
    }
  }
  return out;
}

type Doc = InstanceType<typeof PDFDocument>;
const INK = "#1d2330";
const MUTED = "#545d6e";
// One type family throughout: Helvetica, in its regular and bold cuts.
const REGULAR = "Helvetica";
const BOLD = "Helvetica-Bold";
const TEXT_WIDTH = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const roomLeft = (doc: Doc) => doc.page.height - doc.page.margins.bottom - doc.y;

/** A heading never ends a page: with less than `room` points left below it, it starts the next page. */
function heading(doc: Doc, text: string, size: number, room = 90) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - room) doc.addPage();
  doc.moveDown(0.6).font(BOLD).fontSize(size).fillColor(INK).text(pdfSafe(text));
  doc.moveDown(0.2);
}

function label(doc: Doc, text: string) {
  doc.moveDown(0.3).font(BOLD).fontSize(9.5).fillColor(MUTED).text(text.toUpperCase(), { characterSpacing: 0.4 });
}

function body(doc: Doc, text: string, options: { indent?: number; font?: string } = {}) {
  doc.font(options.font ?? REGULAR).fontSize(10.5).fillColor(INK).text(pdfSafe(text), { indent: options.indent ?? 0, paragraphGap: 2 });
}

function summary(doc: Doc, s: ReportSummary) {
  const rows: [string, number][] = [
    ["Claims", s.totalClaims],
    ["Claims checked", s.claimsChecked],
    ...VERDICTS.map((v): [string, number] => [`  ${VERDICT_WORDS[v]}`, s.byVerdict[v]]),
    ["Corrections", s.corrections],
    ["Signed off", s.signedOffCorrections],
    ["Awaiting sign-off", s.pendingCorrections],
    ["Applied to the text", s.appliedCorrections],
  ];
  doc.font(REGULAR).fontSize(10).fillColor(INK);
  for (const [name, n] of rows) {
    const y = doc.y;
    doc.text(name, doc.page.margins.left, y, { width: 180 });
    doc.text(String(n), doc.page.margins.left + 180, y, { width: 60, align: "right" });
  }
  doc.x = doc.page.margins.left;
}

function correction(doc: Doc, c: ReportCorrection, index: number) {
  const status = c.signedOff ? "signed off" : word(STATE_WORDS, c.state).toLowerCase();
  heading(doc, `${index + 1}. ${VERDICT_WORDS[c.verdict]}, paragraph ${c.paragraph || "unknown"} (${status})`, 12, 180);
  label(doc, "Original wording");
  body(doc, `“${c.originalWording}”`, { indent: 12 });
  if (c.quote !== c.originalWording) {
    label(doc, "Text now");
    body(doc, `“${c.quote}”`, { indent: 12 });
  }
  label(doc, "What is wrong");
  body(doc, c.whatIsWrong || "Not stated.");
  label(doc, "Correction");
  body(doc, c.correction ? `“${c.correction}”` : "None suggested yet.", { indent: 12 });
  label(doc, "Evidence");
  if (c.evidence.length === 0) body(doc, "No sources attached.");
  for (const e of c.evidence) body(doc, `• ${evidenceLine(e)}`);
  label(doc, "Review");
  doc.font(REGULAR).fontSize(9.5).fillColor(INK);
  doc.text(pdfSafe(`Reviewed by: ${c.reviewedBy ? personLine(c.reviewedBy, c.reviewedAt) : "—"}`));
  doc.text(pdfSafe(`Signed off by: ${c.signedOffBy ? personLine(c.signedOffBy, c.signedOffAt) : "not signed off"}`));
  doc.text(`Correction applied to the text: ${c.correctionApplied ? "yes" : "no"}`);
  doc.fillColor("#1f5fbf").text(pdfSafe(c.appUrl), { link: c.appUrl });
}

function section(doc: Doc, a: ArticleReport) {
  heading(doc, a.article.title, 16);
  const meta = [a.article.publication, a.article.publishedAt ? formatDay(a.article.publishedAt) : null, `revision ${a.article.version}`, a.article.url]
    .filter(Boolean)
    .join(" · ");
  doc.font(REGULAR).fontSize(9.5).fillColor(MUTED).text(pdfSafe(meta));
  heading(doc, "Summary", 13);
  summary(doc, a.summary);
  heading(doc, `Corrections (${a.corrections.length})`, 13);
  if (a.corrections.length === 0) body(doc, "No claim has been found inaccurate or misleading.");
  a.corrections.forEach((c, i) => correction(doc, c, i));
  notice(doc, a.notice ?? "Nothing to publish yet: no correction has been signed off.");
}

/**
 * The notice is one block with its heading: it moves to the next page whole rather than leave a page
 * holding only its closing line ("We regret the error."). One longer than a page flows as text.
 */
function notice(doc: Doc, text: string) {
  const safe = pdfSafe(text);
  doc.font(REGULAR).fontSize(10.5);
  const height = doc.heightOfString(safe, { width: TEXT_WIDTH(doc), paragraphGap: 2 }) + 60;
  const fullPage = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  if (height > roomLeft(doc) && height <= fullPage) doc.addPage();
  heading(doc, "Correction notice", 13, 0);
  body(doc, safe);
}

/** Every page: the organization in the header, "Page n of N" in the footer (drawn once all pages exist). */
function frame(doc: Doc, report: Report) {
  const range = doc.bufferedPageRange();
  const header = pdfSafe(`${report.organization.name} · ${report.range ? report.title : "Corrections report"}`);
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const { top, bottom, left } = doc.page.margins;
    // Writing in the margins must not make pdfkit start a new page.
    doc.page.margins.top = 0;
    doc.page.margins.bottom = 0;
    const width = TEXT_WIDTH(doc);
    doc.font(REGULAR).fontSize(8.5).fillColor(MUTED);
    doc.text(header, left, top / 2 - 4, { width, align: "left", lineBreak: false });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, left, doc.page.height - bottom / 2 - 4, { width, align: "center", lineBreak: false });
    doc.page.margins.top = top;
    doc.page.margins.bottom = bottom;
  }
}

/** The report as an A4 PDF, generated on the server with pdfkit. */
export function renderPdf(report: Report): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: pdfSafe(report.title), Author: pdfSafe(report.organization.name), Creator: "Claimdesk", CreationDate: new Date(report.generatedAt) },
    // Pages stay in memory until the end so each gets its header and "Page n of N".
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font(BOLD).fontSize(20).fillColor(INK).text(pdfSafe(report.range ? report.title : "Corrections report"));
  doc.font(REGULAR).fontSize(9.5).fillColor(MUTED).text(pdfSafe(`${signedBy(report.organization)}. Generated ${formatMoment(report.generatedAt)}.`));
  if (report.range) {
    heading(doc, "Summary of all articles", 14);
    summary(doc, report.summary);
    if (report.articles.length === 0) body(doc, "No article was published in this period.");
  }
  report.articles.forEach((a, i) => {
    if (report.range && i > 0) doc.addPage();
    section(doc, a);
  });
  frame(doc, report);
  doc.end();
  return done;
}
