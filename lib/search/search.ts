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
const SELECT: Record<SearchType, { table: string; joins: string; fields: string; where: string }> = {
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
    fields: `t."id" AS id, t."title" AS title, coalesce(t."publisher", '') || ' ' || t."url" AS text,
      coalesce((SELECT '/claims/' || ci."claimId" FROM "Citation" ci WHERE ci."sourceId" = t."id" ORDER BY ci."createdAt" DESC LIMIT 1), t."url") AS url`,
    where: `1 = 1`,
  },
  comment: {
    table: `"Comment" t`,
    joins: `JOIN "Claim" c ON c."id" = t."claimId"`,
    fields: `t."id" AS id, c."quote" AS title, t."body" AS text, '/claims/' || t."claimId" || '#comment-' || t."id" AS url`,
    where: `1 = 1`,
  },
};

const FTS_TABLE: Record<SearchType, string> = { claim: "claim_fts", article: "article_fts", source: "source_fts", comment: "comment_fts" };
const FTS_WEIGHTS: Record<SearchType, string> = { claim: "1.0", article: "2.0, 1.0", source: "2.0, 1.0, 0.5", comment: "1.0" };

async function searchType(db: Db, type: SearchType, tokens: string[], limit: number): Promise<{ rows: Row[]; total: number }> {
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
  const perType = await Promise.all(types.map(async (type) => ({ type, ...(await searchType(db, type, tokens, input.limit)) })));
  const results = perType
    .flatMap(({ type, rows }) =>
      rows.map((row): SearchResult => {
        const snippet: Snippet = buildSnippet(row.text, tokens);
        return { type, id: row.id, title: row.title, snippet: snippet.text, highlights: snippet.highlights, url: row.url, score: Math.round(Number(row.score) * 1e4) / 1e4 };
      }),
    )
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, input.limit);
  return { results, total: perType.reduce((sum, t) => sum + t.total, 0) };
}

