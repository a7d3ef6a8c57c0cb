import { requirePermission } from "@/lib/auth/session-user";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { getClaimDetailOrThrow } from "@/lib/review/claim-detail";
import { claimUpdateSchema } from "@/lib/review/schema";
import { updateClaim } from "@/lib/review/update-claim";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => {
  requirePermission(user, "claim:read");
  return getClaimDetailOrThrow(params.id);
});

export const PATCH = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const input = await readJsonBody(request, claimUpdateSchema);
  await updateClaim(user, params.id, input);
  return getClaimDetailOrThrow(params.id);
});
