import { NextResponse } from "next/server";
import { z } from "zod";
import { listArticles } from "@/lib/articles/articles";
import { requirePermission } from "@/lib/auth/session-user";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { importArticle } from "@/lib/import/import-article";
import { enqueueImport, isLargeImport } from "@/lib/import/import-job";
import { MAX_IMPORT_JSON_BYTES } from "@/lib/import/limits";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ user }) => {
  requirePermission(user, "article:read");
  return { articles: await listArticles() };
});

// The envelope is read with room above the 2 MB article limit; importArticle then answers 413 for a body over
// 2 MB (before any field is validated) and 422 per field, so the size check is not hidden behind a missing title.
export const POST = apiRoute(async ({ request, user }) => {
  requirePermission(user, "article:import", "Your role may not import articles.");
  const raw = await readJsonBody(request, z.object({}, { error: "The request body must be a JSON object." }).loose(), MAX_IMPORT_JSON_BYTES);
  // A long article is imported as a job: 202 at once, then GET /api/jobs/{id} until it is done.
  if (isLargeImport(raw)) return NextResponse.json({ job: await enqueueImport(raw, user) }, { status: 202 });
  const article = await importArticle(raw, user);
  return NextResponse.json({ article }, { status: 201 });
});
