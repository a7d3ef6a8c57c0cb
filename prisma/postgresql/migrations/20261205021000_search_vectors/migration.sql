-- Stored search vectors (hand-written, PostgreSQL only). The expression indexes of 20261204234500_search
-- found rows fast, but ranking and counting evaluated to_tsvector again for every matching row, whole
-- article bodies included: over half a second per query at 50k claims. A generated column is computed
-- once, in the writing transaction, and read by ts_rank and the counts. Prisma's schema does not name
-- these columns (SQLite has FTS5 tables instead), so Prisma never writes or reads them.
-- An article's vector covers its first 300,000 characters: a tsvector is limited to 1 MB, which a long
-- report of distinct tokens could exceed, and the import would then fail on that limit.
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', translate("quote", '-./_', '    '))) STORED;
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', translate(left("title" || ' ' || "body", 300000), '-./_', '    '))) STORED;
ALTER TABLE "Source" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', translate("title" || ' ' || coalesce("publisher", '') || ' ' || "url", '-./_', '    '))) STORED;
ALTER TABLE "Comment" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', translate("body", '-./_', '    '))) STORED;

CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");
CREATE INDEX "Comment_searchVector_idx" ON "Comment" USING GIN ("searchVector");

DROP INDEX "Claim_quote_fts";
DROP INDEX "Article_text_fts";
DROP INDEX "Source_text_fts";
DROP INDEX "Comment_body_fts";
