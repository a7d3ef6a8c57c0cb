import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { resolveFlag } from "@/lib/flags/flags";
import { resolveFlagSchema } from "@/lib/flags/schema";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const input = await readJsonBody(request, resolveFlagSchema);
  return { flag: await resolveFlag(user, params.id, input) };
});
