import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { raiseFlag } from "@/lib/flags/flags";
import { raiseFlagSchema } from "@/lib/flags/schema";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const input = await readJsonBody(request, raiseFlagSchema);
  return NextResponse.json({ flag: await raiseFlag(user, params.id, input) }, { status: 201 });
});
