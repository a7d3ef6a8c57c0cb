import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { decideClaimMatch, listClaimMatches, matchDecisionSchema } from "@/lib/repeats/claim-matches";

export const dynamic = "force-dynamic";

/** Claims on other articles that state the same thing (or contradict it), best first. */
export const GET = apiRoute<{ id: string }>(async ({ user, params }) => ({ matches: await listClaimMatches(user, params.id) }));

/** Confirms ({claimId, relation}) or rejects ({claimId, relation: "NONE"}) a match; {reuseEvidence: true} copies its citations. */
export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const input = await readJsonBody(request, matchDecisionSchema);
  return decideClaimMatch(user, params.id, input);
});
