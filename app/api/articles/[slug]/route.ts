import { getArticleOrThrow } from "@/lib/articles/require-article";
import { requirePermission } from "@/lib/auth/session-user";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ slug: string }>(async ({ user, params }) => {
  requirePermission(user, "article:read");
  const { id: _id, ...article } = await getArticleOrThrow(params.slug);
  return { article };
});
