import { z } from "zod";

export const SEARCH_TYPES = ["claim", "article", "source", "comment"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, "Type something to search for").max(200, "At most 200 characters"),
  type: z.enum(SEARCH_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/**
 * The words of a query, as both databases' tokenizers split text (letters and digits; "F-16" is
 * "f" and "16"). Only these ever reach the database, so no query syntax can be injected.
 */
export function searchTokens(q: string): string[] {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, 12);
}

/** FTS5: every token as a quoted string, all required. */
export function fts5Query(tokens: string[]): string {
  return tokens.map((t) => `"${t}"`).join(" ");
}

/** PostgreSQL to_tsquery('simple', …): every token required. */
export function tsQuery(tokens: string[]): string {
  return tokens.join(" & ");
}
