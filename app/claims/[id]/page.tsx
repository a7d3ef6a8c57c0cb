import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/current-user";
import { articleView } from "@/lib/articles/article-view";
import { claimRepeatsCount, claimView, knownArticleSlug } from "@/lib/review/claim-view";
import { allowedNextStates } from "@/lib/review/rules";
import { paragraphNumberAt } from "@/lib/anchoring/layout";
import { ArticleText, HighlightLegend } from "../../ui/article-text";
import { viewHighlights } from "../../ui/highlights";
import { isClientNavigation } from "@/lib/http/client-navigation";
import { ArticleHeader } from "../../ui/article-header";
import { ClaimPanel } from "../../ui/claim-panel";
import { listAssignablePeople } from "@/lib/users/people";
import { can } from "@/lib/auth/permissions";
import { listCheckedBefore } from "@/lib/repeats/checked-before";
import { CheckedBeforeSection } from "../../ui/checked-before";
import { LiveArticle } from "../../ui/live/live-article";
import { ClaimNav } from "../../ui/claim-nav";
import { correctionSentences } from "@/lib/reports/assemble";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await claimView((await params).id);
  return { title: claim ? `Claim: ${claim.quote.slice(0, 60)}` : "Claim not found" };
}

export default async function ClaimPage({ params }: Props) {
  const { id } = await params;
  // The reads start together, so the page waits for the slowest of them rather than their sum: under load, each wait
  // for the database is a turn of a busy server process. The article is known from an earlier visit to the claim.
  const hintedSlug = knownArticleSlug(id);
  const [user, claim, hintedView, checkedBefore, clientNavigation] = await Promise.all([
    requirePageUser(`/claims/${id}`),
    claimView(id),
    hintedSlug ? articleView(hintedSlug) : null,
    claimRepeatsCount(id).then((count) => listCheckedBefore(id, count)),
    isClientNavigation(),
  ]);
  if (!claim) notFound();
  const view = hintedView?.article.slug === claim.articleSlug ? hintedView : await articleView(claim.articleSlug);
  if (!view) notFound();
  const { article, claims, flags } = view;
  const people = can(user.role, "claim:assign") ? await listAssignablePeople() : [];
  const at = claims.findIndex((c) => c.id === claim.id);
  const noticeDraft =
    claim.verdict === "INACCURATE" || claim.verdict === "MISLEADING"
      ? { verdict: claim.verdict as "INACCURATE" | "MISLEADING", correctionApplied: claim.correctionApplied, ...correctionSentences(article.body, claim) }
      : null;
  return (
    <div className="workspace claim-open">
      <section className="reading" aria-labelledby="article-title">
        <ArticleHeader article={article} claimCount={claims.length} asLink />
        <HighlightLegend />
        <ArticleText slug={article.slug} version={article.version} body={clientNavigation ? undefined : article.body} highlights={viewHighlights(claims, flags)} activeClaimId={claim.id} />
      </section>
      <aside className="panel" id="claim-panel" aria-labelledby="claim-title">
        <ClaimNav claimId={claim.id} articleSlug={article.slug} previousId={claims[at - 1]?.id ?? null} nextId={claims[at + 1]?.id ?? null} position={at + 1} total={claims.length} />
        <LiveArticle slug={article.slug} claimId={claim.id} selfId={user.id} />
        <ClaimPanel
          claim={claim}
          paragraph={paragraphNumberAt(article.body, claim.start)}
          role={user.role}
          nextStates={allowedNextStates(user.role, claim.state as never)}
          people={people}
          noticeDraft={noticeDraft}
          todayIso={new Date().toISOString()}
        />
        <CheckedBeforeSection claimId={claim.id} matches={checkedBefore} canEdit={can(user.role, "claim:edit")} />
      </aside>
    </div>
  );
}
