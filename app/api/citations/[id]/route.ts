import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { citationEditSchema, editCitation, removeCitation } from "@/lib/sources/edit-citation";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const input = await readJsonBody(request, citationEditSchema);
  return editCitation(user, params.id, input);
});

export const DELETE = apiRoute<{ id: string }>(async ({ user, params }) => removeCitation(user, params.id));
