import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api-route";
import { addSourceFromRequest } from "@/lib/snapshots/read-source-request";

export const dynamic = "force-dynamic";
// Reading a document (and fetching one) runs on Node: worker threads, sockets pinned to checked addresses.
export const runtime = "nodejs";

export const POST = apiRoute(async ({ request, user }) => NextResponse.json(await addSourceFromRequest(user, request), { status: 201 }));
