import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api-route";
import { queueSourceChecks } from "@/lib/snapshots/check-sources-job";

export const dynamic = "force-dynamic";

/** The sources an article's claims cite, checked again as background work. */
export const POST = apiRoute<{ slug: string }>(async ({ user, params }) => NextResponse.json(await queueSourceChecks(user, params.slug), { status: 202 }));
