import { directRows } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

/** Active users a claim can be assigned to, without anything private (never a password hash). */
export async function listAssignablePeople(): Promise<{ email: string; name: string; role: string }[]> {
  // Plain SQL past Prisma's query engine (directRows): every claim page and the claims table ask.
  return directRows(Prisma.sql`SELECT "email", "name", "role" FROM "User" WHERE "disabled" = false ORDER BY "name" ASC`);
}
