import type { Verdict } from "@/lib/review/rules";

/**
 * The corrections report as every renderer sees it: plain data with ISO date strings, built once
 * by assembleReport (pure) from the database rows, so each format is a pure function of it.
 */
export interface ReportPerson {
  name: string;
  email: string;
}

export interface ReportArticle {
  slug: string;
  title: string;
  publication: string | null;
  url: string | null;
  publishedAt: string | null;
  createdAt: string;
  /** The current revision number. */
  version: number;
  /** Where Claimdesk shows the article (absolute). */
  appUrl: string;
}

export interface ReportEvidence {
  url: string;
  title: string;
  publisher: string | null;
  sourceKind: string;
  passage: string;
  stance: string;
  /** When the passage is a slice of a kept snapshot: when it was retrieved and how the latest check found it. */
  archive?: string;
}

/** An open or resolved flag on the claim (dismissed ones were judged not to be problems). */
export interface ReportIssue {
  kind: string;
  severity: string;
  status: string;
  note: string;
  resolutionNote: string | null;
}

/** Every claim of the article (rejected suggestions left out), as W3C annotations and ClaimReviews need it. */
export interface ReportClaim {
  id: string;
  articleSlug: string;
  kind: string;
  /** The claim's text now (body.slice(start, end)); for an orphaned claim, the last text it had. */
  quote: string;
  /** What the article said when checked: the text before a revision changed it, else the quote. */
  originalWording: string;
  /** JavaScript (UTF-16) indices into the current body, as stored. */
  start: number;
  end: number;
  /** The same span counted in Unicode code points, as the W3C model requires; null when the claim is orphaned. */
  position: { start: number; end: number } | null;
  prefix: string;
  suffix: string;
  /** 1-based paragraph of the current body holding the claim's start (0 when orphaned or in blank space). */
  paragraph: number;
  state: string;
  verdict: Verdict | null;
  rationale: string | null;
  correction: string | null;
  anchor: string;
  signedOff: boolean;
  correctionApplied: boolean;
  reviewedBy: ReportPerson | null;
  reviewedAt: string | null;
  signedOffBy: ReportPerson | null;
  signedOffAt: string | null;
  /** The editor's reason to sign off while HIGH flags were open, when they did; kept in the history. */
  signOffOverride: string | null;
  /** The claim's page in Claimdesk (absolute). */
  appUrl: string;
}

export interface ReportCorrection extends ReportClaim {
  verdict: "INACCURATE" | "MISLEADING";
  /** The claim's normalized values, in words (describeValue). */
  values: string[];
  issues: ReportIssue[];
  /** The whole sentence the claim stood in, as the article had it when checked. */
  originalSentence: string;
  /** That sentence with the correction in it: the text now when the correction was applied, else as suggested; null without a correction. */
  correctedSentence: string | null;
  /** The editor's own wording of this correction's line in the notice; null: generated from the sentences. */
  noticeWording: string | null;
  /** The rationale and the issues' notes as one text, for the formats that have one cell or line for it. */
  whatIsWrong: string;
  evidence: ReportEvidence[];
}

export interface ReportSummary {
  /** Claims in the article(s), rejected suggestions left out. */
  totalClaims: number;
  /** Claims with a verdict. */
  claimsChecked: number;
  byVerdict: Record<Verdict, number>;
  corrections: number;
  signedOffCorrections: number;
  pendingCorrections: number;
  appliedCorrections: number;
}

export interface ArticleReport {
  article: ReportArticle;
  summary: ReportSummary;
  /** INACCURATE and MISLEADING claims in reading order, signed off or not. */
  corrections: ReportCorrection[];
  claims: ReportClaim[];
  /** The ready-to-publish notice (signed-off corrections only); null when there is none to publish. */
  notice: string | null;
}

export interface Report {
  title: string;
  generatedAt: string;
  /** Set for a report across articles: the publication dates it covers (YYYY-MM-DD, inclusive). */
  range: { from: string; to: string } | null;
  /** Claimdesk's public address, for links. */
  appUrl: string;
  /** The fact-checking organization that signs the report and authors every ClaimReview. */
  organization: { name: string; url: string | null };
  articles: ArticleReport[];
  summary: ReportSummary;
}
