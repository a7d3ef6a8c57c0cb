import type { Verdict } from "@/lib/review/rules";
import { correctionSentence } from "./notice";
import { VERDICT_WORDS } from "./words";
import type { ArticleReport, Report, ReportClaim } from "./types";

/**
 * The verdicts on the 1–5 truthfulness scale ClaimReview ratings use (worst 1 = false, best 5 = true).
 * UNVERIFIABLE sits at the midpoint 3: the evidence shows the claim neither true nor false; its alternateName
 * says so in words, which is what readers and Google's fact-check tools show.
 */
export const RATING_VALUE: Record<Verdict, number> = {
  INACCURATE: 1,
  MISLEADING: 2,
  UNVERIFIABLE: 3,
  MOSTLY_ACCURATE: 4,
  ACCURATE: 5,
};

const organization = (name: string, url?: string | null) => ({ "@type": "Organization", name, ...(url ? { url } : {}) });

/** The article's own identity: its public URL when it has one, else its page in Claimdesk. */
const articleId = (a: ArticleReport) => a.article.url ?? a.article.appUrl;

function newsArticle(a: ArticleReport) {
  const { article } = a;
  // Published corrections only: a correction not signed off is not the publication's word yet.
  const corrections = a.corrections
    .filter((c) => c.signedOff && c.signedOffAt)
    .map((c) => ({ "@type": "CorrectionComment", "@id": `${c.appUrl}#correction`, text: correctionSentence(c), datePublished: c.signedOffAt }));
  return {
    "@type": "NewsArticle",
    "@id": articleId(a),
    headline: article.title,
    url: article.url ?? article.appUrl,
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.publication ? { publisher: organization(article.publication) } : {}),
    ...(corrections.length ? { correction: corrections } : {}),
  };
}

/**
 * A ClaimReview for a claim with a verdict, following Google's fact-check markup: claimReviewed is the wording
 * as the article had it, the author is the fact-checking organization (CLAIMDESK_ORG_NAME; no staff emails
 * are published), `url` is the claim's page in Claimdesk, and the reviewed Claim was made by the publication
 * in the article.
 */
function claimReview(a: ArticleReport, c: ReportClaim & { verdict: Verdict }, generatedAt: string, org: Report["organization"]) {
  const { article } = a;
  const desk = organization(org.name, org.url);
  const claimant = article.publication ? { author: organization(article.publication) } : {};
  return {
    "@type": "ClaimReview",
    "@id": c.appUrl,
    url: c.appUrl,
    claimReviewed: c.originalWording,
    // A verdict set without a recorded event (imported data) is dated by the report.
    datePublished: c.signedOffAt ?? c.reviewedAt ?? generatedAt,
    author: desk,
    // Not signed off yet: a draft the desk can still change.
    ...(c.signedOff ? {} : { creativeWorkStatus: "Draft" }),
    reviewRating: {
      "@type": "Rating",
      ratingValue: RATING_VALUE[c.verdict],
      bestRating: 5,
      worstRating: 1,
      alternateName: VERDICT_WORDS[c.verdict],
      ...(c.rationale ? { ratingExplanation: c.rationale } : {}),
    },
    itemReviewed: {
      "@type": "Claim",
      ...claimant,
      ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
      appearance: { "@type": "NewsArticle", "@id": articleId(a), url: article.url ?? article.appUrl, headline: article.title },
    },
  };
}

/** schema.org JSON-LD: each article (NewsArticle with its CorrectionComments) and a ClaimReview per reviewed claim. */
export function renderJsonLd(report: Report): string {
  const graph = report.articles.flatMap((a) => [
    newsArticle(a),
    ...a.claims.flatMap((c) => (c.verdict ? [claimReview(a, c as ReportClaim & { verdict: Verdict }, report.generatedAt, report.organization)] : [])),
  ]);
  return `${JSON.stringify({ "@context": "https://schema.org", "@graph": graph }, null, 2)}\n`;
}
