import { prisma } from "@/lib/db/client";
import { eventNameOf, positionOf, type LiveEvent } from "./live-event";
import { peopleByClaim, presenceSelect, type PresenceRow } from "./presence-groups";

/** How far back each poll looks, so a change committed slightly out of order (or by another instance) is not skipped. */
export const LOOK_BACK_MS = 3000;
export const POLL_MS = 500;

type Listener = (event: LiveEvent) => void;

/** Subscribing to this key hears every article's changes (the dashboard and the claims table). */
export const WHOLE_DESK = "*";

export const eventSelect = {
  id: true, type: true, field: true, createdAt: true, claimId: true,
  actor: { select: { name: true } },
  claim: { select: { articleId: true, state: true, verdict: true, version: true } },
} as const;

type Row = { id: string; type: string; field: string | null; createdAt: Date; claimId: string; actor: { name: string } | null; claim: { articleId: string; state: string; verdict: string | null; version: number } };

export function toLiveEvent(row: Row): LiveEvent {
  return {
    id: positionOf(row.createdAt, row.id),
    event: eventNameOf(row.type),
    data: { claimId: row.claimId, type: row.type, field: row.field, actor: row.actor?.name ?? null, state: row.claim.state, verdict: row.claim.verdict, version: row.claim.version },
  };
}

/**
 * One poller per server process, whatever the number of open streams: every POLL_MS it reads the
 * history table (and presence) once for every article someone is watching, and fans the rows out
 * to that article's streams. Instances share only the database, so this works across them.
 */
class LiveFeed {
  private listeners = new Map<string, Set<Listener>>();
  private timer: NodeJS.Timeout | null = null;
  private cursor = Date.now();
  private seen = new Map<string, number>();
  private presence = new Map<string, string>();
  private polling = false;

  subscribe(articleId: string, listener: Listener): () => void {
    let set = this.listeners.get(articleId);
    if (!set) this.listeners.set(articleId, (set = new Set()));
    set.add(listener);
    if (!this.timer) {
      this.cursor = Date.now();
      this.timer = setInterval(() => void this.poll(), POLL_MS);
      this.timer.unref();
    }
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(articleId);
      if (this.listeners.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  get streamCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  private emit(articleId: string, event: LiveEvent) {
    for (const listener of this.listeners.get(articleId) ?? []) listener(event);
    if (event.event !== "presence") for (const listener of this.listeners.get(WHOLE_DESK) ?? []) listener(event);
  }

  private async poll() {
    if (this.polling) return;
    this.polling = true;
    try {
      const articleIds = [...this.listeners.keys()].filter((key) => key !== WHOLE_DESK);
      const desk = this.listeners.has(WHOLE_DESK);
      const since = new Date(this.cursor - LOOK_BACK_MS);
      const inArticles = desk ? {} : { articleId: { in: articleIds } };
      const [rows, revisions, present] = await Promise.all([
        prisma.claimEvent.findMany({ where: { createdAt: { gte: since }, claim: inArticles }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: eventSelect, take: 1000 }),
        prisma.articleRevision.findMany({ where: { createdAt: { gte: since }, ...inArticles }, select: { id: true, articleId: true, number: true, createdAt: true } }),
        prisma.presence.findMany({ where: { articleId: { in: articleIds }, expiresAt: { gt: new Date() } }, orderBy: { updatedAt: "asc" }, select: presenceSelect }),
      ]);
      for (const row of rows) {
        if (this.seen.has(row.id)) continue;
        this.seen.set(row.id, row.createdAt.getTime());
        this.emit(row.claim.articleId, toLiveEvent(row));
        this.cursor = Math.max(this.cursor, row.createdAt.getTime());
      }
      for (const r of revisions) {
        if (this.seen.has(r.id)) continue;
        this.seen.set(r.id, r.createdAt.getTime());
        this.emit(r.articleId, { id: positionOf(r.createdAt, r.id), event: "revision", data: { claimId: null, revision: r.number } });
      }
      this.emitPresence(articleIds, present);
      // Move on with the clock (less the look-back), forgetting ids that have left the window.
      this.cursor = Math.max(this.cursor, Date.now() - LOOK_BACK_MS);
      for (const [id, ms] of this.seen) if (ms < this.cursor - 2 * LOOK_BACK_MS) this.seen.delete(id);
    } catch (error) {
      console.error("The live feed could not read the database; retrying", error instanceof Error ? error.message : error);
    } finally {
      this.polling = false;
    }
  }

  private emitPresence(articleIds: string[], rows: PresenceRow[]) {
    for (const articleId of articleIds) {
      const byClaim = peopleByClaim(rows.filter((r) => r.articleId === articleId));
      const claimIds = new Set([...byClaim.keys(), ...[...this.presence.keys()].filter((k) => k.startsWith(`${articleId}:`)).map((k) => k.split(":")[1])]);
      for (const claimId of claimIds) {
        const people = byClaim.get(claimId) ?? [];
        const key = `${articleId}:${claimId}`;
        const signature = JSON.stringify(people);
        if (this.presence.get(key) === signature) continue;
        if (people.length === 0) this.presence.delete(key);
        else this.presence.set(key, signature);
        this.emit(articleId, { event: "presence", data: { claimId, people } });
      }
    }
  }
}

const holder = globalThis as unknown as { claimdeskLiveFeed?: LiveFeed };
export const liveFeed: LiveFeed = (holder.claimdeskLiveFeed ??= new LiveFeed());
