import { z } from "zod";
import { directRows, prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";

export const markReadSchema = z.union([
  z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type MarkReadInput = z.infer<typeof markReadSchema>;

/** The signed-in person's newest notifications (API.md's shape) and how many are unread. */
export async function listNotifications(user: SessionUser, limit = 50) {
  const [rows, unread] = await Promise.all([
    prisma.notification.findMany({
      where: { userId: user.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        id: true, kind: true, claimId: true, text: true, createdAt: true, readAt: true,
        actor: { select: { name: true } },
        claim: { select: { article: { select: { slug: true } } } },
      },
    }),
    prisma.notification.count({ where: { userId: user.id, readAt: null } }),
  ]);
  const notifications = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    claimId: r.claimId,
    articleSlug: r.claim.article.slug,
    actor: r.actor?.name ?? null,
    text: r.text,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
  }));
  return { notifications, unread };
}

/** The header's figure: one indexed count, asked on every page (raw SQL: Prisma 6 would compile its plan each time). */
export async function countUnread(userId: string): Promise<number> {
  const [row] = await directRows<{ n: number | string }>(Prisma.sql`
    SELECT COUNT(*) AS n FROM "Notification" WHERE "userId" = ${userId} AND "readAt" IS NULL`);
  return Number(row?.n ?? 0);
}

/** Marks some or all of the person's own notifications read; another person's ids are ignored. */
export async function markNotificationsRead(user: SessionUser, input: MarkReadInput) {
  const where = "all" in input ? { userId: user.id, readAt: null } : { userId: user.id, readAt: null, id: { in: input.ids } };
  const { count } = await prisma.notification.updateMany({ where, data: { readAt: new Date() } });
  return { marked: count, unread: await prisma.notification.count({ where: { userId: user.id, readAt: null } }) };
}
