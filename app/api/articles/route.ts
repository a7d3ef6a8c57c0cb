import { listArticles } from "@/lib/articles/articles";
import { requirePermission } from "@/lib/auth/session-user";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ user }) => {
  requirePermission(user, "article:read");
  return { articles: await listArticles() };
});
