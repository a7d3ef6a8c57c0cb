import { requirePermission } from "@/lib/auth/session-user";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { claimViewOrThrow } from "@/lib/review/claim-view";
import { claimUpdateSchema } from "@/lib/review/schema";
import { updateClaim } from "@/lib/review/update-claim";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => {
  requirePermission(user, "claim:read");
  return claimViewOrThrow(params.id);
});

export const PATCH = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const input = await readJsonBody(request, claimUpdateSchema);
  await updateClaim(user, params.id, input);
  return claimViewOrThrow(params.id);
});
