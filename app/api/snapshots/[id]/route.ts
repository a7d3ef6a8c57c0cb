import { apiRoute } from "@/lib/http/api-route";
import { getSnapshot } from "@/lib/snapshots/read-snapshot";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => getSnapshot(user, params.id));
