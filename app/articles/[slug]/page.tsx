import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/current-user";
import { getArticle, listArticleClaims } from "@/lib/articles/articles";
import { ArticleText, HighlightLegend } from "../../ui/article-text";
import { ClaimList } from "../../ui/claim-list";
import { ArticleHeader } from "../../ui/article-header";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  await requirePageUser(`/articles/${slug}`);
  const article = await getArticle(slug);
  if (!article) notFound();
  const claims = await listArticleClaims(article.id);
  return (
    <div className="workspace">
      <section className="reading" aria-labelledby="article-title">
        <ArticleHeader article={article} claimCount={claims.length} />
        <HighlightLegend />
        <ArticleText body={article.body} claims={claims} />
      </section>
      <aside className="panel" aria-labelledby="claims-title">
        <h2 id="claims-title">Claims ({claims.length})</h2>
        <ClaimList claims={claims} />
      </aside>
    </div>
  );
}
