import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";

export const peopleQuerySchema = z.object({ q: z.string().trim().max(60, "At most 60 characters").default("") });

/**
 * Colleagues to @mention, by the start of any word of their name or of their email's local part:
 * names and handles only (a comment names people by these), never an email address or a hash.
 */
export async function lookupPeople(user: SessionUser, query: string) {
  requirePermission(user, "claim:read");
  const q = query.toLocaleLowerCase("en-US");
  const people = await prisma.user.findMany({ where: { disabled: false }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true }, take: 2000 });
  return {
    people: people
      .map((p) => ({ id: p.id, name: p.name, handle: p.email.split("@")[0] }))
      .filter((p) => !q || p.handle.toLocaleLowerCase("en-US").startsWith(q) || p.name.toLocaleLowerCase("en-US").split(/\s+/).some((w) => w.startsWith(q)) || p.name.toLocaleLowerCase("en-US").startsWith(q))
      .slice(0, 8),
  };
}
