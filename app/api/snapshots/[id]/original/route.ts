import { apiRoute } from "@/lib/http/api-route";
import { getSnapshotOriginal } from "@/lib/snapshots/read-snapshot";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => getSnapshotOriginal(user, params.id));
