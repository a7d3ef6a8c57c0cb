import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * A value from a closed set (an enum column's) as an SQL literal. Comparing or filling an enum column with a literal
 * works on SQLite and PostgreSQL alike (a bound text parameter would not on PostgreSQL); zod has already checked the
 * value, and the pattern refuses anything that could escape the quotes.
 */
export function closedSetLiteral(value: string): Prisma.Sql {
  if (!/^[A-Za-z_]+$/.test(value)) throw new AppError("INTERNAL", "Not a closed-set value.");
  return Prisma.raw(`'${value}'`);
}
