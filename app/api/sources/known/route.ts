import { apiRoute } from "@/lib/http/api-route";
import { listKnownSources } from "@/lib/sources/known-sources";

export const dynamic = "force-dynamic";

/**
 * `GET /api/sources/known`: the sources the desk used most recently, `{"sources":[{"url","title","publisher","kind"}]}`,
 * for the citation form's suggestions. Asked for when the form opens, so claim pages no longer carry them.
 */
export const GET = apiRoute(async () => ({ sources: await listKnownSources() }));
