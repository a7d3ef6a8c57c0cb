import { prisma, type Db } from "@/lib/db/client";
import { currentProvider } from "@/lib/db/provider";
import { fts5Query, searchTokens, tsQuery, SEARCH_TYPES, type SearchQuery, type SearchType } from "./query";
import { buildSnippet, type Snippet } from "./snippet";

export interface SearchResult {
  type: SearchType;
  id: string;
  title: string;
  snippet: string;
  /** Offsets of the query's words inside `snippet`, for highlighting as elements. */
  highlights: Array<[number, number]>;
  url: string;
  score: number;
}

interface Row {
  id: string;
  title: string;
  text: string;
  url: string;
  score: number;
}

// SQLite searches FTS5 tables kept by triggers; PostgreSQL the stored tsvector column of each table
// (`searchVector`, generated from the same text: migration 20261205021000_search_vectors).
// Snapshots (the kept text of a source) are searched on their own and answer as their source.
type SearchedTable = SearchType | "snapshot";
const LINK_TO_SOURCE = (source: string) =>
  `coalesce((SELECT '/claims/' || ci."claimId" FROM "Citation" ci WHERE ci."sourceId" = ${source}."id" ORDER BY ci."createdAt" DESC LIMIT 1), ${source}."url")`;

const SELECT: Record<SearchedTable, { table: string; joins: string; fields: string; where: string }> = {
  claim: {
    table: `"Claim" t`,
    joins: `JOIN "Article" a ON a."id" = t."articleId"`,
    fields: `t."id" AS id, a."title" AS title, t."quote" AS text, '/claims/' || t."id" AS url`,
    where: `t."suggestion" <> 'REJECTED'`,
  },
  article: {
    table: `"Article" t`,
    joins: ``,
    fields: `t."id" AS id, t."title" AS title, t."body" AS text, '/articles/' || t."slug" AS url`,
    where: `1 = 1`,
  },
  source: {
    table: `"Source" t`,
    joins: ``,
    fields: `t."id" AS id, t."title" AS title, coalesce(t."publisher", '') || ' ' || t."url" AS text, ${LINK_TO_SOURCE("t")} AS url`,
    where: `1 = 1`,
  },
  snapshot: {
    table: `"Snapshot" t`,
    joins: `JOIN "Source" src ON src."id" = t."sourceId"`,
    fields: `src."id" AS id, src."title" AS title, t."text" AS text, ${LINK_TO_SOURCE("src")} AS url`,
    where: `1 = 1`,
  },
  comment: {
    table: `"Comment" t`,
    joins: `JOIN "Claim" c ON c."id" = t."claimId"`,
    fields: `t."id" AS id, c."quote" AS title, t."body" AS text, '/claims/' || t."claimId" || '#comment-' || t."id" AS url`,
    where: `1 = 1`,
  },
};

const FTS_TABLE: Record<SearchedTable, string> = { claim: "claim_fts", article: "article_fts", source: "source_fts", comment: "comment_fts", snapshot: "snapshot_fts" };
const FTS_WEIGHTS: Record<SearchedTable, string> = { claim: "1.0", article: "2.0, 1.0", source: "2.0, 1.0, 0.5", comment: "1.0", snapshot: "1.0" };

async function searchType(db: Db, type: SearchedTable, tokens: string[], limit: number): Promise<{ rows: Row[]; total: number }> {
  const s = SELECT[type];
  if (currentProvider() === "sqlite") {
    const fts = FTS_TABLE[type];
    const match = fts5Query(tokens);
    const rows = await db.$queryRawUnsafe<Row[]>(
      `SELECT ${s.fields}, -bm25("${fts}", ${FTS_WEIGHTS[type]}) AS score FROM "${fts}" JOIN ${s.table} ON t.rowid = "${fts}".rowid ${s.joins}
       WHERE "${fts}" MATCH ? AND ${s.where} ORDER BY bm25("${fts}", ${FTS_WEIGHTS[type]}) LIMIT ?`,
      match,
      limit,
    );
    const [{ n }] = await db.$queryRawUnsafe<Array<{ n: number | bigint }>>(
      `SELECT count(*) AS n FROM "${fts}" JOIN ${s.table} ON t.rowid = "${fts}".rowid ${s.joins} WHERE "${fts}" MATCH ? AND ${s.where}`,
      match,
    );
    return { rows, total: Number(n) };
  }
  const vector = `t."searchVector"`;
  const query = tsQuery(tokens);
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT ${s.fields}, ts_rank(${vector}, q) AS score FROM ${s.table} ${s.joins} CROSS JOIN to_tsquery('simple', $1) q
     WHERE ${vector} @@ q AND ${s.where} ORDER BY score DESC, t."id" LIMIT $2`,
    query,
    limit,
  );
  const [{ n }] = await db.$queryRawUnsafe<Array<{ n: number | bigint }>>(
    `SELECT count(*) AS n FROM ${s.table} ${s.joins} CROSS JOIN to_tsquery('simple', $1) q WHERE ${vector} @@ q AND ${s.where}`,
    query,
  );
  return { rows, total: Number(n) };
}

/** Full-text search over claims, articles, sources and comments, best first. */
export async function searchDesk(input: SearchQuery, db: Db = prisma): Promise<{ results: SearchResult[]; total: number }> {
  const tokens = searchTokens(input.q);
  if (tokens.length === 0) return { results: [], total: 0 };
  const types = input.type ? [input.type] : SEARCH_TYPES;
  const tables = types.flatMap((type): SearchedTable[] => (type === "source" ? ["source", "snapshot"] : [type]));
  const perTable = await Promise.all(tables.map(async (table) => ({ table, ...(await searchType(db, table, tokens, input.limit)) })));
  const best = new Map<string, SearchResult>();
  for (const { table, rows } of perTable) {
    for (const row of rows) {
      const type: SearchType = table === "snapshot" ? "source" : table;
      const score = Math.round(Number(row.score) * 1e4) / 1e4;
      const key = `${type}:${row.id}`;
      // A source found by its title and in its kept text (or in two snapshots) is listed once, at its best.
      if ((best.get(key)?.score ?? -Infinity) >= score) continue;
      const snippet: Snippet = buildSnippet(row.text, tokens);
      best.set(key, { type, id: row.id, title: row.title, snippet: snippet.text, highlights: snippet.highlights, url: row.url, score });
    }
  }
  const results = [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, input.limit);
  // Counted per table: a source found both by its title and in its snapshot counts twice in the total.
  return { results, total: perTable.reduce((sum, t) => sum + t.total, 0) };
}

