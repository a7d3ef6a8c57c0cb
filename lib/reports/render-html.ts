import { VERDICTS } from "@/lib/review/rules";
import { formatDay, formatMoment, personLine, STANCE_WORDS, STATE_WORDS, VERDICT_WORDS, word } from "./words";
import type { ArticleReport, Report, ReportCorrection, ReportSummary } from "./types";

/** Every piece of text from articles and people goes through this: no markup of theirs reaches the page. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Only http(s) addresses become links (a javascript: URL in a source would otherwise be clickable). */
function link(url: string, text = url): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("");

// Print-first: A4 pages, no correction cut across a page break, link targets printed after evidence links.
const STYLE = `
@page { size: A4; margin: 18mm 16mm; }
:root { color: #1d2330; font: 11pt/1.45 Georgia, "Times New Roman", serif; }
body { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, h4, .meta, table, .facts { font-family: "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 20pt; margin: 0 0 .3rem; } h2 { font-size: 15pt; margin: 1.6rem 0 .4rem; }
h3 { font-size: 12pt; margin: 1.2rem 0 .4rem; } h4 { font-size: 11pt; margin: .8rem 0 .2rem; }
.meta { color: #545d6e; font-size: 9.5pt; margin: 0 0 .6rem; }
*, *::before, *::after { box-sizing: border-box; }
.summary { display: flex; flex-wrap: wrap; gap: .4rem 1.5rem; }
table { border-collapse: collapse; font-size: 9.5pt; margin: 0 0 .4rem; } th, td { border: 1px solid #c9ced8; padding: .15rem .5rem; text-align: left; }
th { font-weight: 600; background: #f1f3f6; } td.n { text-align: right; }
caption { text-align: left; font-size: 9pt; color: #545d6e; padding-bottom: .15rem; }
.correction { border: 1px solid #c9ced8; border-left: 4px solid #a4161a; border-radius: 4px; padding: .4rem 1rem .8rem; margin: 1rem 0; break-inside: avoid; }
.correction.pending { border-left-color: #c77700; }
blockquote { margin: .2rem 0; padding: .2rem .8rem; border-left: 3px solid #c9ced8; background: #f6f7f9; }
.facts { font-size: 9.5pt; margin: .6rem 0 0; padding-left: 1.1rem; }
.evidence li { margin-bottom: .4rem; }
.notice { border: 2px solid #1d2330; padding: .4rem 1rem; break-inside: avoid; }
a { color: #1f5fbf; }
@media print {
  body { margin: 0; max-width: none; }
  .evidence a::after { content: " (" attr(href) ")"; font-size: 8.5pt; color: #545d6e; word-break: break-all; }
  h2, h3, h4 { break-after: avoid; }
  article.article + article.article { break-before: page; }
}`;

/** Two short horizontal tables, so the summary takes a few lines of a printed page, not half of it. */
function summaryTable(summary: ReportSummary, caption: string): string {
  const table = (title: string, cells: [string, number][]) =>
    `<table><caption>${escapeHtml(title)}</caption><thead><tr>${cells.map(([label]) => `<th scope="col">${escapeHtml(label)}</th>`).join("")}</tr></thead><tbody><tr>${cells
      .map(([, n]) => `<td class="n">${n}</td>`)
      .join("")}</tr></tbody></table>`;
  return `<div class="summary" role="group" aria-label="${escapeHtml(caption)}">${table("Claims checked, by verdict", [
    ["Claims", summary.totalClaims],
    ["Checked", summary.claimsChecked],
    ...VERDICTS.map((v): [string, number] => [VERDICT_WORDS[v], summary.byVerdict[v]]),
  ])}${table("Corrections", [
    ["Corrections", summary.corrections],
    ["Signed off", summary.signedOffCorrections],
    ["Awaiting sign-off", summary.pendingCorrections],
    ["Applied to the text", summary.appliedCorrections],
  ])}</div>`;
}

function correction(c: ReportCorrection, index: number, tag: "h3" | "h4"): string {
  const status = c.signedOff ? "signed off" : word(STATE_WORDS, c.state).toLowerCase();
  const evidence = c.evidence.length
    ? `<ul class="evidence">${c.evidence
        .map(
          (e) =>
            `<li><strong>${escapeHtml(word(STANCE_WORDS, e.stance))}</strong>: ${link(e.url, e.title)}${e.publisher ? ` (${escapeHtml(e.publisher)})` : ""}<blockquote>${escapeHtml(e.passage)}</blockquote>${e.archive ? `<p class="archive">${escapeHtml(e.archive)}</p>` : ""}</li>`,
        )
        .join("")}</ul>`
    : "<p>No sources attached.</p>";
  return `<section class="correction${c.signedOff ? "" : " pending"}" id="claim-${escapeHtml(c.id)}">
<${tag}>${index + 1}. ${escapeHtml(VERDICT_WORDS[c.verdict])}, paragraph ${c.paragraph || "unknown"} (${escapeHtml(status)})</${tag}>
<p><strong>Original wording</strong></p><blockquote>${escapeHtml(c.originalWording)}</blockquote>
${c.quote !== c.originalWording ? `<p><strong>Text now</strong></p><blockquote>${escapeHtml(c.quote)}</blockquote>` : ""}
<p><strong>What is wrong</strong></p>${c.whatIsWrong ? paragraphs(c.whatIsWrong) : "<p>Not stated.</p>"}
<p><strong>Correction</strong></p>${c.correction ? `<blockquote>${escapeHtml(c.correction)}</blockquote>` : "<p>None suggested yet.</p>"}
<p><strong>Evidence</strong></p>${evidence}
<ul class="facts">
<li>Reviewed by: ${c.reviewedBy ? escapeHtml(personLine(c.reviewedBy, c.reviewedAt)) : "—"}</li>
<li>Signed off by: ${c.signedOffBy ? escapeHtml(personLine(c.signedOffBy, c.signedOffAt)) : "not signed off"}</li>
<li>Correction applied to the text: ${c.correctionApplied ? "yes" : "no"}</li>
<li>Claim: ${link(c.appUrl)}</li>
</ul>
</section>`;
}

function section(a: ArticleReport, heading: "h1" | "h2"): string {
  const sub = heading === "h1" ? "h2" : "h3";
  const { article } = a;
  const meta = [article.publication, article.publishedAt ? formatDay(article.publishedAt) : null, `revision ${article.version}`].filter(Boolean).join(" · ");
  return `<article class="article">
<${heading}>${escapeHtml(article.title)}</${heading}>
<p class="meta">${escapeHtml(meta)}${article.url ? ` · ${link(article.url, "original")}` : ""} · ${link(article.appUrl, "in Claimdesk")}</p>
<${sub}>Summary</${sub}>${summaryTable(a.summary, `Summary of “${article.title}”`)}
<${sub}>Corrections (${a.corrections.length})</${sub}>
${a.corrections.length ? a.corrections.map((c, i) => correction(c, i, heading === "h1" ? "h3" : "h4")).join("\n") : "<p>No claim has been found inaccurate or misleading.</p>"}
<${sub}>Correction notice</${sub}>
${a.notice ? `<div class="notice">${paragraphs(a.notice)}</div>` : "<p>Nothing to publish yet: no correction has been signed off.</p>"}
</article>`;
}

/** A standalone, print-ready page (a browser saves it as a clean PDF): inline CSS, no script, nothing fetched. */
export function renderHtml(report: Report): string {
  const org = report.organization;
  const signer = `Signed by ${org.url ? link(org.url, org.name) : escapeHtml(org.name)}`;
  const generated = `<p class="meta">${signer}. Generated ${escapeHtml(formatMoment(report.generatedAt))}.</p>`;
  const main = report.range
    ? `<h1>${escapeHtml(report.title)}</h1>${generated}<h2>Summary of all articles</h2>${summaryTable(report.summary, "All articles")}${
        report.articles.length ? report.articles.map((a) => section(a, "h2")).join("\n") : "<p>No article was published in this period.</p>"
      }`
    : `<p class="meta">Corrections report · ${escapeHtml(org.name)}</p>${section(report.articles[0], "h1")}${generated}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>
`;
}
