import Link from "next/link";
import type { ArticleDetail } from "@/lib/articles/articles";
import { formatDate } from "./labels";

export function ArticleHeader({ article, claimCount, asLink }: { article: ArticleDetail; claimCount: number; asLink?: boolean }) {
  return (
    <header className="article-header">
      <p className="eyebrow">
        {article.publication ?? "Unknown publication"}
        {article.publishedAt && <> · {formatDate(article.publishedAt)}</>} · revision {article.version} · {claimCount} claims
      </p>
      <h1 id="article-title">{asLink ? <Link href={`/articles/${article.slug}`}>{article.title}</Link> : article.title}</h1>
      {article.url && (
        <p className="muted">
          Original: <a href={article.url} rel="noopener noreferrer">{article.url}</a>
        </p>
      )}
    </header>
  );
}
