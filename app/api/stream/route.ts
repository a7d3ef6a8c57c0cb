import { apiRoute } from "@/lib/http/api-route";
import { openArticleStream, openDeskStream, streamQuerySchema } from "@/lib/live/open-stream";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ request, user }) => {
  const url = new URL(request.url);
  const { article, scope } = streamQuerySchema.parse({ article: url.searchParams.get("article") ?? undefined, scope: url.searchParams.get("scope") ?? undefined });
  const body = scope === "desk" ? await openDeskStream(user, request.signal) : await openArticleStream(user, article!, request.headers.get("last-event-id"), request.signal);
  return new Response(body, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
});
