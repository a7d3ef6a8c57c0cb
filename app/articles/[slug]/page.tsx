import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/current-user";
import { articleView } from "@/lib/articles/article-view";
import { ArticleText, HighlightLegend } from "../../ui/article-text";
import { LiveArticle } from "../../ui/live/live-article";
import { viewHighlights } from "../../ui/highlights";
import { isClientNavigation } from "@/lib/http/client-navigation";
import { ClaimList } from "../../ui/claim-list";
import { ShortcutsHelp } from "../../ui/shortcuts-help";
import { toClaimListRows } from "../../ui/claim-list-rows";
import { ArticleHeader } from "../../ui/article-header";
import { SuggestionsBar } from "../../ui/suggestions-bar";
import { ManualClaimForm } from "../../ui/manual-claim-form";
import { SelectionClaim } from "../../ui/selection-claim";
import { ReportMenu } from "../../ui/report-menu";
import { CheckSourcesButton } from "../../ui/check-sources-button";
import { can } from "@/lib/auth/permissions";
import Link from "next/link";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await articleView((await params).slug);
  return { title: view?.article.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  // Read together: the page waits for the slower of the two rather than their sum.
  const [user, view, clientNavigation] = await Promise.all([requirePageUser(`/articles/${slug}`), articleView(slug), isClientNavigation()]);
  if (!view) notFound();
  const { article, claims, flags } = view;
  return (
    <div className="workspace">
      <section className="reading" aria-labelledby="article-title">
        <ArticleHeader article={article} claimCount={claims.length} />
        <div className="toolbar">
          {can(user.role, "article:revise") && <Link href={`/articles/${slug}/revise`}>Revise the text</Link>}
          {can(user.role, "report:read") && <ReportMenu slug={slug} />}
          {can(user.role, "source:write") && <CheckSourcesButton path={`/api/articles/${encodeURIComponent(slug)}/check-sources`} label="Check sources" />}
        </div>
        <SuggestionsBar slug={slug} count={claims.filter((c) => c.suggestion === "SUGGESTED").length} />
        <HighlightLegend />
        <ArticleText slug={slug} version={article.version} body={clientNavigation ? undefined : article.body} highlights={viewHighlights(claims, flags)} />
      </section>
      <aside className="panel" aria-labelledby="claims-title">
        <div className="panel-head">
          <h2 id="claims-title">Claims ({claims.length})</h2>
          <ShortcutsHelp />
        </div>
        <LiveArticle slug={slug} claimId={null} selfId={user.id} />
        <ManualClaimForm slug={slug} />
        {can(user.role, "claim:create") && <SelectionClaim slug={slug} />}
        <ClaimList claims={toClaimListRows(claims, { flags, me: user.email })} />
      </aside>
    </div>
  );
}
