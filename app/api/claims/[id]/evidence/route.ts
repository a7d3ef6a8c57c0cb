import { apiRoute } from "@/lib/http/api-route";
import { invalidFromZod } from "@/lib/errors/app-error";
import { snapshotIdSchema } from "@/lib/snapshots/schema";
import { findClaimEvidence } from "@/lib/snapshots/find-claim-evidence";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const raw = new URL(request.url).searchParams.get("snapshot");
  const snapshot = raw === null ? undefined : snapshotIdSchema.safeParse(raw);
  if (snapshot && !snapshot.success) throw invalidFromZod(snapshot.error);
  return findClaimEvidence(user, params.id, snapshot?.data);
});
