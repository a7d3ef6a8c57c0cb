import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import an article" };
export const dynamic = "force-dynamic";

export default async function ImportArticlePage() {
  const user = await requirePageUser("/articles/new");
  return (
    <div className="page narrow">
      <p className="small">
        <Link href="/articles">← Articles</Link>
      </p>
      <h1>Import an article</h1>
      {can(user.role, "article:import") ? (
        <>
          <p className="muted">
            Paste the article&apos;s text or upload a .txt, .md or .html file (up to 2 MB). Claims are detected as
            suggestions for a reviewer to accept or reject.
          </p>
          <ImportForm />
        </>
      ) : (
        <p>Your role may not import articles.</p>
      )}
    </div>
  );
}
