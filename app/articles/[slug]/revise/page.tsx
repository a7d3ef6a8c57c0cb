import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getArticle } from "@/lib/articles/articles";
import { ReviseForm } from "../../../ui/revise-form";

export const metadata: Metadata = { title: "Revise the text" };
export const dynamic = "force-dynamic";

export default async function RevisePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePageUser(`/articles/${slug}/revise`);
  const article = await getArticle(slug);
  if (!article) notFound();
  return (
    <div className="page">
      <p>
        <Link href={`/articles/${slug}`}>← {article.title}</Link>
      </p>
      <h1>Revise the text</h1>
      {can(user.role, "article:revise") ? (
        <>
          <p className="muted">
            Revision {article.version}. Saving makes revision {article.version + 1}: every claim is found again, and a claim whose words changed is
            marked “text changed” with its old and new wording.
          </p>
          <ReviseForm slug={slug} version={article.version} body={article.body} />
        </>
      ) : (
        <p role="alert">Only editors and admins revise an article&rsquo;s text.</p>
      )}
    </div>
  );
}
