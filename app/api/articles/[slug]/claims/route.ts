import { listArticleClaims } from "@/lib/articles/articles";
import { getArticleOrThrow } from "@/lib/articles/require-article";
import { requirePermission } from "@/lib/auth/session-user";
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { createManualClaim, manualClaimSchema } from "@/lib/review/create-claim";
import { claimViewOrThrow } from "@/lib/review/claim-view";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ slug: string }>(async ({ user, params }) => {
  requirePermission(user, "claim:read");
  const article = await getArticleOrThrow(params.slug);
  return { claims: await listArticleClaims(article.id) };
});

export const POST = apiRoute<{ slug: string }>(async ({ request, user, params }) => {
  const input = await readJsonBody(request, manualClaimSchema);
  const claim = await createManualClaim(user, params.slug, input);
  return NextResponse.json(await claimViewOrThrow(claim.id), { status: 201 });
});
