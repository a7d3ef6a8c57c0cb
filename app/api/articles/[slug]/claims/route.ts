import { listArticleClaims } from "@/lib/articles/articles";
import { getArticleOrThrow } from "@/lib/articles/require-article";
import { requirePermission } from "@/lib/auth/session-user";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ slug: string }>(async ({ user, params }) => {
  requirePermission(user, "claim:read");
  const article = await getArticleOrThrow(params.slug);
  return { claims: await listArticleClaims(article.id) };
});
