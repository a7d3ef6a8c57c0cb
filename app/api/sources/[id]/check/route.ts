import { apiRoute } from "@/lib/http/api-route";
import { checkSource } from "@/lib/snapshots/check-source";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>(async ({ user, params }) => checkSource(user, params.id));
