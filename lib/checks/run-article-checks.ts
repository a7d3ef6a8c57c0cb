import type { Tx } from "@/lib/db/client";
import { lockArticle } from "@/lib/db/row-locks";
import { extractValues } from "@/lib/claims";
import { createClaimOnSpan } from "@/lib/review/create-claim";
import { findSpellingVariants } from "./spelling-variants";
import { findInternalContradictions } from "./internal-contradictions";
import { syncAutomaticFlags, type DesiredFlag } from "./sync-flags";

type Span = { start: number; end: number };

/** What the checks find in one text: pure, and the slow part of the checks on a long article. */
export interface ArticleFindings {
  body: string;
  publishedAt: Date | null;
  variants: ReturnType<typeof findSpellingVariants>;
  contradictions: ReturnType<typeof findInternalContradictions>;
}

/**
 * Finds an article's spelling variants and internal contradictions. An import computes this before its transaction:
 * on a 2 MB article it takes most of a second, and on SQLite the transaction holds the one write lock.
 */
export function articleFindings(body: string, publishedAt: Date | null): ArticleFindings {
  const values = extractValues(body, { publishedAt });
  return { body, publishedAt, variants: findSpellingVariants(body), contradictions: findInternalContradictions(body, values) };
}

const sameText = (findings: ArticleFindings, article: { body: string; publishedAt: Date | null }) =>
  findings.body === article.body && (findings.publishedAt?.getTime() ?? null) === (article.publishedAt?.getTime() ?? null);

/**
 * The checks inside one article: spelling variants of a name or acronym, and the same quantity
 * stated twice with different values. Run when an article is imported and when it is revised.
 * `computed`: findings made before the transaction, used only if they are of the text the article has now.
 */
export async function runArticleChecks(tx: Tx, articleId: string, computed?: ArticleFindings) {
  await lockArticle(tx, articleId);
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { id: true, body: true, publishedAt: true } });
  const findings = computed && sameText(computed, article) ? computed : articleFindings(article.body, article.publishedAt);
  const live = { articleId, suggestion: { not: "REJECTED" }, anchor: { not: "ORPHANED" } } as const;
  const claims = await tx.claim.findMany({
    where: live,
    select: { id: true, start: true, end: true },
    orderBy: [{ start: "asc" }, { end: "asc" }],
  });
  const claimHolding = (span: Span) => claims.find((c) => c.start <= span.start && c.end >= span.end);
  // A span no claim covers gets a claim of its own, so the flag has somewhere to live.
  const claimFor = async (span: Span) => {
    const held = claimHolding(span);
    if (held) return held.id;
    const created = await createClaimOnSpan(tx, article, span, { actorId: null, how: "CHECKER" });
    claims.push({ id: created.id, ...span });
    return created.id;
  };

  const desired: DesiredFlag[] = [];
  for (const variant of findings.variants) {
    desired.push({
      claimId: await claimFor(variant),
      checkKey: `spell:${variant.variant}>${variant.expected}`,
      kind: "NAME_OR_SPELLING",
      severity: "MEDIUM",
      note: `“${variant.variant}” appears once; elsewhere the article spells it “${variant.expected}” (${variant.expectedCount} times).`,
      articleSays: variant.variant,
      evidenceSays: variant.expected,
    });
  }
  for (const found of findings.contradictions) {
    const first = claimHolding(found.first);
    const second = claimHolding(found.second);
    if (!first || !second) continue;
    const note = `The article states ${found.what} as “${found.first.text}” and later as “${found.second.text}”.`;
    const key = `contra:${found.what}:${found.first.text}|${found.second.text}`;
    desired.push({ claimId: first.id, checkKey: key, kind: "INTERNAL_CONTRADICTION", severity: "HIGH", note, articleSays: found.first.text, evidenceSays: found.second.text, relatedClaimId: second.id });
    if (second.id !== first.id)
      desired.push({ claimId: second.id, checkKey: key, kind: "INTERNAL_CONTRADICTION", severity: "HIGH", note, articleSays: found.second.text, evidenceSays: found.first.text, relatedClaimId: first.id });
  }
  return syncAutomaticFlags(
    tx,
    { articleId, keyPrefixes: ["spell:", "contra:"] },
    desired,
    () => "Resolved automatically: the revised text no longer has this inconsistency.",
  );
}
