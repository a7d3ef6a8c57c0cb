import { apiRoute } from "@/lib/http/api-route";
import { AppError } from "@/lib/errors/app-error";
import { loadDashboard } from "@/lib/dashboard/summary";

export const dynamic = "force-dynamic";

/** The dashboard's figures as JSON, for the person's slice; `articlePage` pages the per-article figures. */
export const GET = apiRoute(async ({ request, user }) => {
  const raw = new URL(request.url).searchParams.get("articlePage");
  const articlePage = raw === null || raw === "" ? 1 : Number(raw);
  if (!Number.isInteger(articlePage) || articlePage < 1)
    throw new AppError("INVALID", "Some fields need attention.", { articlePage: "articlePage must be a whole number of at least 1." });
  return loadDashboard(user, { articlePage });
});
