import { VERDICTS } from "@/lib/review/rules";
import { formatDay, formatMoment, personLine, signedBy, STANCE_WORDS, STATE_WORDS, VERDICT_WORDS, word } from "./words";
import type { ArticleReport, Report, ReportCorrection, ReportSummary } from "./types";

/**
 * Text from articles and people is escaped so it reads as written: a "*", "_", "[" or "<" in a quote never
 * turns into emphasis, a link or raw HTML when the Markdown is rendered.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~&]/g, (c) => `\\${c}`)
    // A line that starts like a list item would become one: "- x", "+ x", "2. x", "2) x".
    .replace(/^(\s*)([-+])(?=\s)/gm, "$1\\$2")
    .replace(/^(\s*\d+)([.)])(?=\s)/gm, "$1\\$2");
}

/** A quotation block: every line of the text stays inside it. */
const blockquote = (text: string) => text.split(/\r?\n/).map((line) => `> ${escapeMarkdown(line)}`.trimEnd()).join("\n");

export function summaryTable(summary: ReportSummary): string {
  const rows = [
    ["Claims", summary.totalClaims],
    ["Claims checked", summary.claimsChecked],
    ...VERDICTS.map((v) => [VERDICT_WORDS[v], summary.byVerdict[v]] as const),
    ["Corrections", summary.corrections],
    ["Signed off", summary.signedOffCorrections],
    ["Awaiting sign-off", summary.pendingCorrections],
    ["Applied to the text", summary.appliedCorrections],
  ];
  return ["| | Count |", "| --- | ---: |", ...rows.map(([label, n]) => `| ${label} | ${n} |`)].join("\n");
}

/** An autolink for an http(s) address that can be one; anything else is shown as escaped text. */
const autolink = (url: string) => (/^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : escapeMarkdown(url));

function evidenceItem(e: ReportCorrection["evidence"][number]): string {
  const source = `${escapeMarkdown(e.title)}${e.publisher ? ` (${escapeMarkdown(e.publisher)})` : ""}`;
  return `- ${word(STANCE_WORDS, e.stance)}: ${source}, ${autolink(e.url)}: “${escapeMarkdown(e.passage)}”${e.archive ? ` (${escapeMarkdown(e.archive)})` : ""}`;
}

function correction(c: ReportCorrection, index: number, level: string): string {
  const parts = [
    `${level} ${index + 1}. ${VERDICT_WORDS[c.verdict]}, paragraph ${c.paragraph || "unknown"}${c.signedOff ? " (signed off)" : ` (${word(STATE_WORDS, c.state).toLowerCase()})`}`,
    "**Original wording**",
    blockquote(c.originalWording),
  ];
  if (c.quote !== c.originalWording) parts.push("**Text now**", blockquote(c.quote));
  parts.push("**What is wrong**", c.whatIsWrong ? escapeMarkdown(c.whatIsWrong).replace(/\n/g, "  \n") : "_Not stated._");
  parts.push("**Correction**", c.correction ? blockquote(c.correction) : "_None suggested yet._");
  parts.push(
    "**Evidence**",
    c.evidence.length ? c.evidence.map(evidenceItem).join("\n") : "_No sources attached._",
  );
  const facts = [
    `Reviewed by: ${c.reviewedBy ? escapeMarkdown(personLine(c.reviewedBy, c.reviewedAt)) : "—"}`,
    `Signed off by: ${c.signedOffBy ? escapeMarkdown(personLine(c.signedOffBy, c.signedOffAt)) : "not signed off"}`,
    `Correction applied to the text: ${c.correctionApplied ? "yes" : "no"}`,
    `Claim: ${autolink(c.appUrl)}`,
  ];
  parts.push("**Review**", facts.map((f) => `- ${f}`).join("\n"));
  return parts.join("\n\n");
}

/** One article; `level` is its title's heading ("#" alone, "##" inside a report across articles). */
function section(a: ArticleReport, level: string): string {
  const { article } = a;
  const meta = [article.publication, article.publishedAt ? formatDay(article.publishedAt) : null, `revision ${article.version}`]
    .filter(Boolean)
    .map((s) => escapeMarkdown(String(s)))
    .join(" · ");
  return [
    `${level} ${escapeMarkdown(article.title)}`,
    meta,
    [article.url ? `Original: ${autolink(article.url)}` : null, `In Claimdesk: ${autolink(article.appUrl)}`].filter(Boolean).join(" · "),
    `${level}# Summary`,
    summaryTable(a.summary),
    `${level}# Corrections (${a.corrections.length})`,
    a.corrections.length ? a.corrections.map((c, i) => correction(c, i, `${level}##`)).join("\n\n") : "No claim has been found inaccurate or misleading.",
    `${level}# Correction notice`,
    a.notice ? blockquote(a.notice) : "_Nothing to publish yet: no correction has been signed off._",
  ].join("\n\n");
}

export function renderMarkdown(report: Report): string {
  const generated = `${escapeMarkdown(signedBy(report.organization))}. Generated ${formatMoment(report.generatedAt)}.`;
  if (!report.range) return `${[`# Corrections report`, generated, section(report.articles[0], "##")].join("\n\n")}\n`;
  const head = [`# ${escapeMarkdown(report.title)}`, generated];
  const body = report.articles.length
    ? report.articles.map((a) => section(a, "##")).join("\n\n---\n\n")
    : "No article was published in this period.";
  return `${[...head, "## Summary of all articles", summaryTable(report.summary), body].join("\n\n")}\n`;
}
