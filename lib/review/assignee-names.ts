import { prisma } from "@/lib/db/client";

interface EventLike {
  type: string;
  to: string | null;
  detail: unknown;
}

/**
 * History lines name people, not emails. An assignment recorded before its event carried the
 * assignee's name (detail.assigneeName) gets it here, in one query for all such events.
 */
export async function withAssigneeNames<T extends EventLike>(events: T[]): Promise<T[]> {
  const missing = events.filter((e) => e.type === "ASSIGNED" && e.to && !(e.detail as { assigneeName?: string } | null)?.assigneeName);
  if (missing.length === 0) return events;
  const emails = [...new Set(missing.map((e) => e.to!))];
  const people = await prisma.user.findMany({ where: { email: { in: emails } }, select: { email: true, name: true } });
  const names = new Map(people.map((p) => [p.email, p.name]));
  return events.map((e) => {
    const name = e.type === "ASSIGNED" && e.to ? names.get(e.to) : undefined;
    if (!name || (e.detail as { assigneeName?: string } | null)?.assigneeName) return e;
    return { ...e, detail: { ...((e.detail as Record<string, unknown> | null) ?? {}), assigneeName: name } };
  });
}
