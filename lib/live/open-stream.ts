import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { eventSelect, liveFeed, toLiveEvent, LOOK_BACK_MS, WHOLE_DESK } from "./feed";
import { peopleByClaim, presenceSelect } from "./presence-groups";
import { formatSse, parsePosition, type LiveEvent } from "./live-event";

export const streamQuerySchema = z
  .object({ article: z.string().min(1, "Name the article's slug.").max(200).optional(), scope: z.literal("desk").optional() })
  .refine((q) => Boolean(q.article) !== Boolean(q.scope), { message: "Name the article's slug, or ask for scope=desk.", path: ["article"] });

const HEARTBEAT_MS = 15_000;

/**
 * An article's Server-Sent Events for a person who may read it: first what they missed since
 * `Last-Event-ID` (one query at connect), then the shared feed's events for the article.
 */
export async function openArticleStream(user: SessionUser, slug: string, lastEventId: string | null, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  requirePermission(user, "claim:read");
  const article = await prisma.article.findUnique({ where: { slug }, select: { id: true } });
  if (!article) throw notFound("That article");
  const from = parsePosition(lastEventId);
  const missed = from
    ? await prisma.claimEvent.findMany({
        where: { createdAt: { gte: new Date(from.ms - LOOK_BACK_MS) }, id: { not: from.id }, claim: { articleId: article.id } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1000,
        select: eventSelect,
      })
    : [];
  // Who is on which claim now: the feed sends presence only when it changes, so a new tab starts from this.
  const present = await prisma.presence.findMany({
    where: { articleId: article.id, expiresAt: { gt: new Date() }, claimId: { not: null } },
    orderBy: { updatedAt: "asc" },
    select: presenceSelect,
  });
  return streamOf(article.id, [...missed.map(toLiveEvent), ...[...peopleByClaim(present)].map(([claimId, people]): LiveEvent => ({ event: "presence", data: { claimId, people } }))], signal);
}

/**
 * Every article's changes, for the pages over the whole desk (the dashboard, the claims table): they
 * refresh on any change, so nothing missed is replayed; a reconnecting page refreshes anyway.
 */
export async function openDeskStream(user: SessionUser, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  requirePermission(user, "claim:read");
  return streamOf(WHOLE_DESK, [], signal);
}

function streamOf(feedKey: string, first: LiveEvent[], signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let close = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (e: LiveEvent) => {
        try {
          controller.enqueue(encoder.encode(formatSse(e)));
        } catch {
          close();
        }
      };
      controller.enqueue(encoder.encode("retry: 1000\n\n"));
      for (const event of first) send(event);
      const unsubscribe = liveFeed.subscribe(feedKey, send);
      const heartbeat = setInterval(() => send({ event: "presence", data: { claimId: null, heartbeat: true } }), HEARTBEAT_MS);
      close = () => {
        unsubscribe();
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      signal.addEventListener("abort", () => close());
    },
    cancel() {
      close();
    },
  });
}
