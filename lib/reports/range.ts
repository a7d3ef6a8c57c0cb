import { z } from "zod";
import { AppError, fieldErrorsFromZod } from "@/lib/errors/app-error";

const day = z
  .string({ error: "Give a date as YYYY-MM-DD." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Give a date as YYYY-MM-DD.")
  // 2024-02-30 matches the pattern but is no day: it must survive a round trip through Date.
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "No such date.");

export const reportRangeSchema = z
  .object({ from: day, to: day })
  .refine((r) => r.from <= r.to, { message: "Must not be before “from”.", path: ["to"] });

export type ReportRange = z.infer<typeof reportRangeSchema>;

/** The query's from/to, or a 400 naming the field that is wrong. */
export function parseReportRange(input: { from?: string | null; to?: string | null }): ReportRange {
  const parsed = reportRangeSchema.safeParse({ from: input.from ?? undefined, to: input.to ?? undefined });
  if (parsed.success) return parsed.data;
  throw new AppError("MALFORMED", "Give the report's dates as from=YYYY-MM-DD and to=YYYY-MM-DD.", fieldErrorsFromZod(parsed.error));
}

/** The half-open UTC interval of instants the inclusive day range covers. */
export function rangeBounds(range: ReportRange): { gte: Date; lt: Date } {
  const lt = new Date(`${range.to}T00:00:00Z`);
  lt.setUTCDate(lt.getUTCDate() + 1);
  return { gte: new Date(`${range.from}T00:00:00Z`), lt };
}
