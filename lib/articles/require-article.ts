import { notFound } from "@/lib/errors/app-error";
import { getArticle } from "./articles";

export async function getArticleOrThrow(slug: string) {
  const article = await getArticle(slug);
  if (!article) throw notFound("That article");
  return article;
}
