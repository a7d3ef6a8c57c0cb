-- Search over the text of evidence snapshots (hand-written): a stored tsvector as in
-- 20261205021000_search_vectors, over the first 300,000 characters (a tsvector is limited to 1 MB).
ALTER TABLE "Snapshot" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', translate(left("text", 300000), '-./_', '    '))) STORED;
CREATE INDEX "Snapshot_searchVector_idx" ON "Snapshot" USING GIN ("searchVector");
