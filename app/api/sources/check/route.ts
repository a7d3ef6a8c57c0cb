import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api-route";
import { queueSourceChecks } from "@/lib/snapshots/check-sources-job";

export const dynamic = "force-dynamic";

/** Every source on the desk, checked again as background work (editors and admins). */
export const POST = apiRoute(async ({ user }) => NextResponse.json(await queueSourceChecks(user, null), { status: 202 }));
