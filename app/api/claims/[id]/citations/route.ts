import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { citationInputSchema } from "@/lib/sources/schema";
import { attachSource } from "@/lib/sources/attach-source";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const input = await readJsonBody(request, citationInputSchema);
  return NextResponse.json(await attachSource(user, params.id, input), { status: 201 });
});
