import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { addComment, commentInputSchema } from "@/lib/review/add-comment";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const input = await readJsonBody(request, commentInputSchema);
  return NextResponse.json({ comment: await addComment(user, params.id, input) }, { status: 201 });
});
