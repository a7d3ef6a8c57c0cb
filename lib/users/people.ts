import { prisma } from "@/lib/db/client";

/** Active users a claim can be assigned to, without anything private (never a password hash). */
export async function listAssignablePeople() {
  return prisma.user.findMany({ where: { disabled: false }, orderBy: { name: "asc" }, select: { email: true, name: true, role: true } });
}
