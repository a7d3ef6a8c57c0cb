import { prisma } from "@/lib/db/client";
import { isRole } from "./permissions";
import type { SessionUser } from "./session-user";

/** A person as the domain functions see them, read afresh (background work acts for its starter as they are now). Null when disabled or gone. */
export async function sessionUserById(id: string): Promise<SessionUser | null> {
  const user = await prisma.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, disabled: true } });
  if (!user || user.disabled || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
