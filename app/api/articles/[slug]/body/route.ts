import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { reviseArticle, revisionSchema } from "@/lib/articles/revise-article";

export const dynamic = "force-dynamic";

// The JSON envelope may be a little larger than the 2 MB article it carries (escapes).
const MAX_ENVELOPE = 3 * 1024 * 1024;

export const PUT = apiRoute<{ slug: string }>(async ({ request, user, params }) => {
  const input = await readJsonBody(request, revisionSchema, MAX_ENVELOPE);
  return reviseArticle(user, params.slug, input);
});
