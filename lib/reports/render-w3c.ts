import { KIND_LABEL, labelOf } from "@/lib/review/labels";
import { correctionSentence } from "./notice";
import { isCorrection } from "./assemble";
import { STATE_WORDS, VERDICT_WORDS, word } from "./words";
import type { ArticleReport, Report, ReportClaim, ReportCorrection } from "./types";

const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** The document the selectors point into: the article's public URL, else a stable URN for it. */
export const targetSource = (a: ArticleReport) => a.article.url ?? `urn:claimdesk:article:${a.article.slug}`;

function bodies(c: ReportClaim, correction: ReportCorrection | undefined) {
  if (!c.verdict) {
    return [{ type: "TextualBody", purpose: "describing", format: "text/plain", value: `Check-worthy claim (${labelOf(KIND_LABEL, c.kind).toLowerCase()}); ${word(STATE_WORDS, c.state).toLowerCase()}.` }];
  }
  const verdict = VERDICT_WORDS[c.verdict];
  const list: Record<string, unknown>[] = [
    { type: "TextualBody", purpose: "assessing", format: "text/plain", value: c.rationale ? `${verdict}: ${c.rationale}` : verdict },
  ];
  // The model's "editing" purpose is a request to change the target: the suggested correction.
  if (correction?.correction) list.push({ type: "TextualBody", purpose: "editing", format: "text/plain", value: correctionSentence(correction) });
  return list;
}

function annotation(a: ArticleReport, c: ReportClaim, correction: ReportCorrection | undefined) {
  const selectors: Record<string, unknown>[] = [{ type: "TextQuoteSelector", exact: c.quote, prefix: c.prefix, suffix: c.suffix }];
  // An orphaned claim's text is gone from the article: a position would point at unrelated text.
  if (c.position) selectors.push({ type: "TextPositionSelector", start: c.position.start, end: c.position.end });
  const reviewer = c.signedOffBy ?? c.reviewedBy;
  return {
    id: c.appUrl,
    type: "Annotation",
    motivation: c.verdict ? "assessing" : "highlighting",
    ...(reviewer ? { creator: { type: "Person", name: reviewer.name } } : {}),
    ...(c.signedOffAt ?? c.reviewedAt ? { modified: c.signedOffAt ?? c.reviewedAt } : {}),
    body: bodies(c, correction),
    target: { source: targetSource(a), selector: selectors },
  };
}

/**
 * W3C Web Annotation Data Model JSON-LD: an AnnotationCollection whose first (and only) page holds one
 * Annotation per claim. TextPositionSelector offsets count Unicode code points of the article's current
 * text, as the model requires (not JavaScript's UTF-16 units).
 */
export function renderW3c(report: Report): string {
  const items = report.articles.flatMap((a) => {
    const corrections = new Map(a.corrections.map((c) => [c.id, c]));
    return a.claims.map((c) => annotation(a, c, isCorrection(c.verdict) ? corrections.get(c.id) : undefined));
  });
  // The collection is named by the address that serves it.
  const id = report.range
    ? `${report.appUrl}/api/reports?format=w3c&from=${report.range.from}&to=${report.range.to}`
    : `${report.appUrl}/api/articles/${encodeURIComponent(report.articles[0].article.slug)}/report?format=w3c`;
  const collection = {
    "@context": ANNO_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: report.title,
    total: items.length,
    generator: { id: report.appUrl, type: "Software", name: "Claimdesk" },
    generated: report.generatedAt,
    first: { id: `${id}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
