import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, fieldErrorsFromZod, invalidFromZod, type FieldErrors } from "@/lib/errors/app-error";
import { CLAIM_STATES, VERDICTS } from "@/lib/review/rules";
import { closedSetLiteral } from "@/lib/db/closed-set-literal";
import { claimSql, type DashboardScope } from "./scope";
import { ANCHOR_STATES, CLAIM_KINDS, NO_VERDICT } from "./vocabulary";
import { ANCHOR_FILTER_LABEL, KIND_LABEL, SORT_LABEL, STATE_FILTER_LABEL, VERDICT_FILTER_LABEL, listLabels } from "@/lib/review/labels";

/** Extra filter values: OPEN = not yet signed off; CHANGED = text changed or orphaned. */
export const STATE_FILTERS = [...CLAIM_STATES, "OPEN"] as const;
export const VERDICT_FILTERS = [...VERDICTS, NO_VERDICT] as const;
export const FLAG_FILTERS = ["open", "high", "none"] as const;
export const ANCHOR_FILTERS = [...ANCHOR_STATES, "CHANGED"] as const;
export const CLAIM_SORTS = ["updated", "article", "quote", "score", "assignee"] as const;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

// A GET form sends every control, so an empty value means "any".
const blank = (value: unknown) => (value === "" || value === null ? undefined : value);
/** A closed set, refused in the words the filter form shows ("State: choose Unreviewed, … or Not signed off."). */
const choice = <T extends readonly [string, ...string[]]>(values: T, what: string, labels: Record<string, string>) =>
  z.preprocess(blank, z.enum(values, { error: `${what} was not understood: choose ${listLabels(labels, values)}.` }).optional());
const FLAG_FILTER_LABEL: Record<string, string> = { open: "open flags", high: "open high-severity flags", none: "no open flags" };
const whole = (what: string, max: number, fallback: number) =>
  z.preprocess(
    blank,
    z.coerce
      .number({ error: `${what} must be a whole number.` })
      .int(`${what} must be a whole number.`)
      .min(1, `${what} must be at least 1.`)
      .max(max, `${what} must be at most ${max}.`)
      .default(fallback),
  );
const isEmail = (value: string) => z.email().safeParse(value).success;

/** The claims table's query string: filters, text search, sorting and paging. Unknown keys are ignored. */
export const claimsQuerySchema = z.object({
  article: z.preprocess(blank, z.string().trim().max(200, "Article must be an article's slug.").optional()),
  state: choice(STATE_FILTERS, "State", STATE_FILTER_LABEL),
  verdict: choice(VERDICT_FILTERS, "Verdict", VERDICT_FILTER_LABEL),
  kind: choice(CLAIM_KINDS, "Kind", KIND_LABEL),
  assignee: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => v === "none" || v === "me" || isEmail(v), "Assignee must be an email address, “me” or “none”.")
      .optional(),
  ),
  flags: choice(FLAG_FILTERS, "Flags", FLAG_FILTER_LABEL),
  anchor: choice(ANCHOR_FILTERS, "Anchor", ANCHOR_FILTER_LABEL),
  q: z.preprocess(blank, z.string().trim().max(200, "Search text must be at most 200 characters.").optional()),
  sort: z.preprocess(blank, z.enum(CLAIM_SORTS, { error: `Sort was not understood: choose ${listLabels(SORT_LABEL, CLAIM_SORTS)}.` }).default("updated")),
  order: z.preprocess(blank, z.enum(["asc", "desc"], { error: "Order was not understood: choose ascending or descending." }).default("desc")),
  page: whole("Page", 100_000, 1),
  pageSize: whole("Page size", MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
});
export type ClaimsQuery = z.infer<typeof claimsQuerySchema>;

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** One value per key (the last one, as a form's repeated field would send). */
export function queryObject(params: RawParams): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (last !== undefined) out[key] = last;
  }
  return out;
}

/** For the API: a bad value is a 422 naming the field. */
export function parseClaimsQueryOrThrow(params: RawParams): ClaimsQuery {
  const parsed = claimsQuerySchema.safeParse(queryObject(params));
  if (!parsed.success) throw invalidFromZod(parsed.error);
  return parsed.data;
}

/** For the page: bad values are reported beside the form and left out, so the table still shows. */
export function parseClaimsQueryLeniently(params: RawParams): { query: ClaimsQuery; errors: FieldErrors } {
  const raw = queryObject(params);
  const first = claimsQuerySchema.safeParse(raw);
  if (first.success) return { query: first.data, errors: {} };
  const errors = fieldErrorsFromZod(first.error);
  for (const key of Object.keys(errors)) delete raw[key];
  const second = claimsQuerySchema.safeParse(raw);
  if (!second.success) throw new AppError("INTERNAL", "The claims table's defaults do not parse.");
  return { query: second.data, errors };
}

/** A closed-set value as an SQL literal (enum columns on both databases). */
export const literal = closedSetLiteral;

const list = (values: readonly string[]) => Prisma.join(values.map(literal));

/** LIKE's own wildcards in the search text match themselves. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * The filters as one SQL condition on the Claim table aliased `c`, inside the person's slice.
 * Flag filters are `IN (subquery)` over the Flag index rather than a correlated EXISTS per claim.
 */
export function claimsTableFilter(scope: DashboardScope, userId: string, q: ClaimsQuery): Prisma.Sql {
  const and: Prisma.Sql[] = [claimSql(scope)];
  if (q.article) and.push(Prisma.sql`c."articleId" IN (SELECT a."id" FROM "Article" a WHERE a."slug" = ${q.article})`);
  if (q.state === "OPEN") and.push(Prisma.sql`c."state" IN (${list(CLAIM_STATES.filter((s) => s !== "SIGNED_OFF"))})`);
  else if (q.state) and.push(Prisma.sql`c."state" = ${literal(q.state)}`);
  if (q.verdict === NO_VERDICT) and.push(Prisma.sql`c."verdict" IS NULL`);
  else if (q.verdict) and.push(Prisma.sql`c."verdict" = ${literal(q.verdict)}`);
  if (q.kind) and.push(Prisma.sql`c."kind" = ${literal(q.kind)}`);
  if (q.assignee === "none") and.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (q.assignee === "me") and.push(Prisma.sql`c."assigneeId" = ${userId}`);
  else if (q.assignee) and.push(Prisma.sql`c."assigneeId" IN (SELECT u2."id" FROM "User" u2 WHERE u2."email" = ${q.assignee})`);
  if (q.flags === "open") and.push(Prisma.sql`c."id" IN (SELECT f."claimId" FROM "Flag" f WHERE f."status" = 'OPEN')`);
  else if (q.flags === "high") and.push(Prisma.sql`c."id" IN (SELECT f."claimId" FROM "Flag" f WHERE f."status" = 'OPEN' AND f."severity" = 'HIGH')`);
  else if (q.flags === "none") and.push(Prisma.sql`c."id" NOT IN (SELECT f."claimId" FROM "Flag" f WHERE f."status" = 'OPEN')`);
  if (q.anchor === "CHANGED") and.push(Prisma.sql`c."anchor" IN (${list(ANCHOR_STATES.filter((a) => a !== "ANCHORED"))})`);
  else if (q.anchor) and.push(Prisma.sql`c."anchor" = ${literal(q.anchor)}`);
  // LOWER on both sides: case-insensitive over all of Unicode on both databases (SQLite gets
  // JavaScript's lowercasing as LOWER in lib/db/sqlite-adapter.ts).
  if (q.q) and.push(Prisma.sql`LOWER(c."quote") LIKE ${likePattern(q.q)} ESCAPE '\\'`);
  return Prisma.join(and, " AND ");
}

/**
 * Sorting, with the id last so pages never overlap or skip a row. Claims without an assignee sort
 * last either way, spelled out because SQLite and PostgreSQL place NULLs differently.
 */
export function claimsTableOrder(q: ClaimsQuery): { joins: Prisma.Sql; orderBy: Prisma.Sql } {
  const dir = Prisma.raw(q.order === "asc" ? "ASC" : "DESC");
  const none = Prisma.empty;
  switch (q.sort) {
    case "article":
      return { joins: Prisma.sql`JOIN "Article" a ON a."id" = c."articleId"`, orderBy: Prisma.sql`a."title" ${dir}, c."start" ASC, c."id" ${dir}` };
    case "assignee":
      return { joins: Prisma.sql`LEFT JOIN "User" u ON u."id" = c."assigneeId"`, orderBy: Prisma.sql`CASE WHEN u."name" IS NULL THEN 1 ELSE 0 END ASC, u."name" ${dir}, c."id" ${dir}` };
    case "quote":
      return { joins: none, orderBy: Prisma.sql`c."quote" ${dir}, c."id" ${dir}` };
    case "score":
      return { joins: none, orderBy: Prisma.sql`c."score" ${dir}, c."id" ${dir}` };
    case "updated":
      return { joins: none, orderBy: Prisma.sql`c."updatedAt" ${dir}, c."id" ${dir}` };
  }
}
