import { ARTICLE_TRANSACTION, prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import type { JobContext } from "@/lib/jobs/handlers";
import { runArticleChecks } from "./run-article-checks";

/**
 * Runs the in-article checks again over every article, or the ones named (after a rule changed),
 * one article per transaction so other writers never wait long.
 */
export async function rerunChecksJob(context: JobContext) {
  const { articleSlugs } = context.job.input as { articleSlugs?: string[] };
  const articles = await prisma.article.findMany({
    where: articleSlugs ? { slug: { in: articleSlugs } } : {},
    select: { id: true, slug: true },
    orderBy: { createdAt: "asc" },
  });
  if (articleSlugs && articles.length === 0) throw notFound("The article");
  let raised = 0;
  for (const [i, article] of articles.entries()) {
    await context.progress(i / articles.length, `Checking articles: ${i.toLocaleString("en")} of ${articles.length.toLocaleString("en")}`);
    raised += (await prisma.$transaction((tx) => runArticleChecks(tx, article.id), ARTICLE_TRANSACTION)).length;
  }
  return { result: { articles: articles.length, flagsRaised: raised }, message: `Checked ${articles.length.toLocaleString("en")} articles; ${raised} new flags.` };
}
