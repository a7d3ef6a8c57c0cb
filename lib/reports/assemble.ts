import { quoteSelector } from "@/lib/claims/selector";
import { VERDICTS, type Verdict } from "@/lib/review/rules";
import { describeValue, parseStoredValues } from "@/lib/review/stored-values";
import { codePointOffsets, paragraphLocator } from "./positions";
import { correctionNotice } from "./notice";
import { correctSentence, sentenceAround } from "./sentence";
import { FLAG_WORDS, word } from "./words";
import { FLAG_STATUS_LABEL, SEVERITY_LABEL } from "@/lib/review/labels";
import type { ArticleReport, Report, ReportArticle, ReportClaim, ReportCorrection, ReportIssue, ReportSummary } from "./types";
import { archiveNote } from "./archive-note";

// The rows load-report.ts reads, as plain data: assembling them is pure so unit tests can feed it directly.
export interface ArticleRecord {
  id: string;
  slug: string;
  title: string;
  publication: string | null;
  url: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  currentRevision: number;
  body: string;
}

export interface ClaimRecord {
  id: string;
  articleId: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  kind: string;
  values: string;
  state: string;
  verdict: Verdict | null;
  rationale: string | null;
  correction: string | null;
  /** An editor's wording of the notice line; null or absent: generated. */
  notice?: string | null;
  anchor: string;
  previousQuote: string | null;
  citations: {
    id?: string;
    passage: string;
    stance: string;
    snapshot?: { retrievedAt: Date } | null;
    source: { url: string; title: string; publisher: string | null; kind: string; checks?: { status: string; checkedAt: Date; missingCitationIds: string }[] };
  }[];
  flags: { kind: string; severity: string; status: string; note: string; resolutionNote: string | null }[];
  /** At least the VERDICT_PROPOSED events and the STATE_CHANGED events to SIGNED_OFF. */
  events: { type: string; toValue: string | null; detail?: string | null; createdAt: Date; actor: { name: string; email: string } | null }[];
}

export const CORRECTION_VERDICTS = ["INACCURATE", "MISLEADING"] as const satisfies readonly Verdict[];

export interface ArticleContext {
  article: ReportArticle;
  body: string;
  appUrl: string;
  paragraphAt: (offset: number) => number;
}

export function articleContext(record: ArticleRecord, appUrl: string): ArticleContext {
  return {
    body: record.body,
    appUrl,
    paragraphAt: paragraphLocator(record.body),
    article: {
      slug: record.slug,
      title: record.title,
      publication: record.publication,
      url: record.url,
      publishedAt: record.publishedAt?.toISOString() ?? null,
      createdAt: record.createdAt.toISOString(),
      version: record.currentRevision,
      appUrl: `${appUrl}/articles/${encodeURIComponent(record.slug)}`,
    },
  };
}

/** The override reason an editor gave when signing off over open HIGH flags (the event's detail is JSON). */
function overrideReason(detail: string | null | undefined): string | null {
  if (!detail) return null;
  try {
    const parsed = JSON.parse(detail) as { overrideOpenFlags?: unknown };
    return typeof parsed.overrideOpenFlags === "string" && parsed.overrideOpenFlags.trim() ? parsed.overrideOpenFlags : null;
  } catch {
    return null; // a detail written by an older version that is not JSON carries no reason
  }
}

function latest(events: ClaimRecord["events"], match: (e: ClaimRecord["events"][number]) => boolean) {
  let found: ClaimRecord["events"][number] | undefined;
  for (const e of events) if (match(e) && (!found || e.createdAt.getTime() >= found.createdAt.getTime())) found = e;
  return found;
}

/** The claims of one article as the report shows them; code point positions are found in one pass over the body. */
export function toReportClaims(ctx: ArticleContext, records: readonly ClaimRecord[]): ReportClaim[] {
  const points = codePointOffsets(ctx.body, records.flatMap((r) => [r.start, r.end]));
  return records.map((r) => {
    const orphaned = r.anchor === "ORPHANED";
    const selector = orphaned ? { quote: r.quote, prefix: r.prefix, suffix: r.suffix } : quoteSelector(ctx.body, r.start, r.end);
    const reviewed = latest(r.events, (e) => e.type === "VERDICT_PROPOSED");
    // A claim reopened after sign-off is not signed off any more, whatever its history says.
    const signed = r.state === "SIGNED_OFF" ? latest(r.events, (e) => e.type === "STATE_CHANGED" && e.toValue === "SIGNED_OFF") : undefined;
    return {
      id: r.id,
      articleSlug: ctx.article.slug,
      kind: r.kind,
      quote: selector.quote,
      originalWording: r.previousQuote ?? r.quote,
      start: r.start,
      end: r.end,
      position: orphaned ? null : { start: points.get(r.start)!, end: points.get(r.end)! },
      prefix: selector.prefix,
      suffix: selector.suffix,
      paragraph: orphaned ? 0 : ctx.paragraphAt(r.start),
      state: r.state,
      verdict: r.verdict,
      rationale: r.rationale,
      correction: r.correction,
      anchor: r.anchor,
      signedOff: r.state === "SIGNED_OFF",
      correctionApplied: r.anchor === "TEXT_CHANGED" && !!r.correction,
      reviewedBy: reviewed?.actor ?? null,
      reviewedAt: reviewed?.createdAt.toISOString() ?? null,
      signedOffBy: signed?.actor ?? null,
      signedOffAt: signed?.createdAt.toISOString() ?? null,
      signOffOverride: overrideReason(signed?.detail),
      appUrl: `${ctx.appUrl}/claims/${encodeURIComponent(r.id)}`,
    };
  });
}

export function isCorrection(verdict: string | null): verdict is ReportCorrection["verdict"] {
  return (CORRECTION_VERDICTS as readonly string[]).includes(verdict ?? "");
}

/**
 * "(high, open)" alone would say a signed-off correction still has an unanswered problem: for a
 * signed-off claim an open flag is shown with the editor's reason to sign off over it.
 */
function issueStatus(issue: ReportIssue, claim: ReportClaim): string {
  const severity = word(SEVERITY_LABEL, issue.severity).toLowerCase();
  if (issue.status !== "OPEN" || !claim.signedOff) return `${severity}, ${word(FLAG_STATUS_LABEL, issue.status).toLowerCase()}`;
  return claim.signOffOverride
    ? `${severity}, open; signed off over it because “${claim.signOffOverride}”`
    : `${severity}, open when signed off; no reason was recorded`;
}

function issueText(issue: ReportIssue, claim: ReportClaim): string {
  const head = `${word(FLAG_WORDS, issue.kind)} (${issueStatus(issue, claim)})`;
  const note = issue.note ? `: ${issue.note}` : "";
  return `${head}${note}${issue.resolutionNote ? ` Resolution: ${issue.resolutionNote}` : ""}`;
}

/**
 * The sentence the claim stood in and the same sentence corrected. Once a revision applied the
 * correction (TEXT_CHANGED), the body holds the corrected sentence and the old wording is put back
 * into it; an orphaned claim has no sentence left, only its own words.
 */
export function correctionSentences(
  body: string,
  record: Pick<ClaimRecord, "start" | "end" | "quote" | "anchor" | "previousQuote" | "correction">,
): { originalSentence: string; correctedSentence: string | null } {
  if (record.anchor === "ORPHANED") return { originalSentence: record.previousQuote ?? record.quote, correctedSentence: record.correction };
  const now = sentenceAround(body, record.start, record.end);
  if (record.anchor === "TEXT_CHANGED" && record.correction && record.previousQuote) {
    const original = `${now.text.slice(0, now.quoteStart)}${record.previousQuote}${now.text.slice(now.quoteEnd)}`;
    return { originalSentence: original, correctedSentence: now.text };
  }
  return { originalSentence: now.text, correctedSentence: record.correction ? correctSentence(now, record.correction) : null };
}

/** The correction's extra fields: evidence, issues (open and resolved flags), what is wrong in one text, and its sentences. */
export function toCorrection(claim: ReportClaim, record: ClaimRecord, body: string): ReportCorrection {
  if (!isCorrection(claim.verdict)) throw new Error(`Claim ${claim.id} has no correction verdict`);
  const issues = record.flags
    .filter((f) => f.status === "OPEN" || f.status === "RESOLVED")
    .map((f) => ({ kind: f.kind, severity: f.severity, status: f.status, note: f.note, resolutionNote: f.resolutionNote }));
  return {
    ...claim,
    verdict: claim.verdict,
    values: parseStoredValues(record.values).map(describeValue),
    issues,
    whatIsWrong: [claim.rationale ?? "", ...issues.map((issue) => issueText(issue, claim))].filter(Boolean).join("\n"),
    ...correctionSentences(body, record),
    noticeWording: record.notice ?? null,
    evidence: record.citations.map((c) => ({
      url: c.source.url,
      title: c.source.title,
      publisher: c.source.publisher,
      sourceKind: c.source.kind,
      passage: c.passage,
      stance: c.stance,
      ...archiveNote(c),
    })),
  };
}

export function summarize(claims: readonly ReportClaim[]): ReportSummary {
  const byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const summary = { totalClaims: claims.length, claimsChecked: 0, byVerdict, corrections: 0, signedOffCorrections: 0, pendingCorrections: 0, appliedCorrections: 0 };
  for (const c of claims) {
    if (!c.verdict) continue;
    summary.claimsChecked += 1;
    byVerdict[c.verdict] += 1;
    if (!isCorrection(c.verdict)) continue;
    summary.corrections += 1;
    if (c.signedOff) summary.signedOffCorrections += 1;
    else summary.pendingCorrections += 1;
    if (c.correctionApplied) summary.appliedCorrections += 1;
  }
  return summary;
}

export function addSummaries(summaries: readonly ReportSummary[]): ReportSummary {
  const total = summarize([]);
  for (const s of summaries) {
    for (const key of ["totalClaims", "claimsChecked", "corrections", "signedOffCorrections", "pendingCorrections", "appliedCorrections"] as const) total[key] += s[key];
    for (const v of VERDICTS) total.byVerdict[v] += s.byVerdict[v];
  }
  return total;
}

export interface AssembleInput {
  articles: readonly ArticleRecord[];
  /** Every claim of those articles (rejected suggestions left out), in reading order. */
  claims: readonly ClaimRecord[];
  appUrl: string;
  now: Date;
  range?: { from: string; to: string } | null;
  /** Who signs the report (CLAIMDESK_ORG_NAME / CLAIMDESK_ORG_URL; see lib/config/organization.ts). */
  organization?: Report["organization"];
}

export const DEFAULT_ORGANIZATION: Report["organization"] = { name: "Claimdesk fact-checking desk", url: null };

export function assembleReport({ articles, claims, appUrl, now, range = null, organization = DEFAULT_ORGANIZATION }: AssembleInput): Report {
  const base = appUrl.replace(/\/+$/, "");
  const byArticle = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    const list = byArticle.get(c.articleId);
    if (list) list.push(c);
    else byArticle.set(c.articleId, [c]);
  }
  const sections: ArticleReport[] = articles.map((record) => {
    const ctx = articleContext(record, base);
    const rows = [...(byArticle.get(record.id) ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
    const reportClaims = toReportClaims(ctx, rows);
    const corrections = reportClaims.flatMap((c, i) => (isCorrection(c.verdict) ? [toCorrection(c, rows[i], ctx.body)] : []));
    return { article: ctx.article, summary: summarize(reportClaims), corrections, claims: reportClaims, notice: correctionNotice(corrections, now) };
  });
  return {
    title: range ? `Corrections report, ${range.from} to ${range.to}` : `Corrections report: ${articles[0]?.title ?? ""}`,
    generatedAt: now.toISOString(),
    range,
    appUrl: base,
    organization,
    articles: sections,
    summary: addSummaries(sections.map((s) => s.summary)),
  };
}
