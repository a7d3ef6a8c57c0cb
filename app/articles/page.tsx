import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import { listArticles } from "@/lib/articles/articles";
import { formatDate } from "../ui/labels";
import { TableScroll } from "../ui/table-scroll";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

export default async function ArticlesPage() {
  await requirePageUser("/articles");
  const articles = await listArticles();
  return (
    <div className="page">
      <h1>Articles</h1>
      <p>
        <Link href="/articles/new">Import an article</Link>
      </p>
      {articles.length === 0 ? (
        <p>No articles yet.</p>
      ) : (
        <TableScroll label="Articles table">
        <table className="table">
          <caption className="visually-hidden">Articles and their fact-check progress</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Publication</th>
              <th scope="col">Published</th>
              <th scope="col">Claims</th>
              <th scope="col">Signed off</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => {
              const percent = article.claimCount ? Math.round((100 * article.signedOffCount) / article.claimCount) : 0;
              return (
                <tr key={article.slug}>
                  <td>
                    <Link href={`/articles/${article.slug}`}>{article.title}</Link>
                  </td>
                  <td>{article.publication}</td>
                  <td>{formatDate(article.publishedAt)}</td>
                  <td>{article.claimCount}</td>
                  <td>
                    <div className="progress-cell">
                      <progress max={article.claimCount || 1} value={article.signedOffCount} aria-label={`${article.title}: signed off`}>
                        {percent}%
                      </progress>
                      <span>
                        {article.signedOffCount}/{article.claimCount}
                      </span>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </TableScroll>
      )}
    </div>
  );
}
