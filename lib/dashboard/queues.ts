import { prisma } from "@/lib/db/client";
import type { DashboardScope } from "./scope";
import { claimsQuerySchema, type ClaimsQuery } from "./claims-table";
import { findClaimIds } from "./list-claims";

export type QueueId = "awaiting-signoff" | "high-flags" | "unassigned" | "anchors";

export interface QueueItem {
  id: string;
  quote: string;
  articleSlug: string;
  articleTitle: string;
  updatedAt: string;
}

export interface Queue {
  id: QueueId;
  title: string;
  total: number;
  items: QueueItem[];
  /** The claims-table query that lists the whole queue, in the same order. */
  filter: Partial<Record<keyof ClaimsQuery, string>>;
}

export const QUEUE_PREVIEW = 5;

/** Each queue is a claims-table filter, so its count and its "see all" link can never disagree. */
const QUEUES: { id: QueueId; title: string; filter: Queue["filter"]; needsAll?: boolean }[] = [
  // Oldest first: what has waited longest for an editor is at the top.
  { id: "awaiting-signoff", title: "Awaiting sign-off", filter: { state: "AWAITING_SIGNOFF", sort: "updated", order: "asc" } },
  { id: "high-flags", title: "Claims with open high-severity flags", filter: { flags: "high", sort: "updated", order: "asc" } },
  // A reviewer's slice is the claims assigned to them: it has no unassigned claims to show.
  { id: "unassigned", title: "Unassigned", filter: { assignee: "none", state: "OPEN", sort: "updated", order: "asc" }, needsAll: true },
  { id: "anchors", title: "Orphaned or changed anchors", filter: { anchor: "CHANGED", sort: "updated", order: "desc" } },
];

/** Each queue's size and first claims: two queries per queue and one for all their rows, never one per claim. */
export async function loadQueues(scope: DashboardScope, userId: string): Promise<Queue[]> {
  const visible = QUEUES.filter((q) => scope.all || !q.needsAll);
  const found = await Promise.all(visible.map((q) => findClaimIds(scope, userId, claimsQuerySchema.parse({ ...q.filter, pageSize: QUEUE_PREVIEW }))));
  const rows = await prisma.claim.findMany({
    where: { id: { in: found.flatMap((f) => f.ids) } },
    select: { id: true, quote: true, updatedAt: true, article: { select: { slug: true, title: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return visible.map((queue, i) => ({
    id: queue.id,
    title: queue.title,
    total: found[i].total,
    filter: queue.filter,
    items: found[i].ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [{ id: r.id, quote: r.quote, articleSlug: r.article.slug, articleTitle: r.article.title, updatedAt: r.updatedAt.toISOString() }] : [];
    }),
  }));
}
