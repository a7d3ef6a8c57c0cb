-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "matchFingerprint" TEXT;

-- CreateTable
CREATE TABLE "ClaimMatchKey" (
    "key" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,

    PRIMARY KEY ("key", "claimId"),
    CONSTRAINT "ClaimMatchKey_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClaimMatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "matchedClaimId" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SUGGESTED',
    "reviewedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ClaimMatch_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimMatch_matchedClaimId_fkey" FOREIGN KEY ("matchedClaimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClaimMatchKey_claimId_idx" ON "ClaimMatchKey"("claimId");

-- CreateIndex
CREATE INDEX "ClaimMatch_matchedClaimId_idx" ON "ClaimMatch"("matchedClaimId");

-- CreateIndex
CREATE INDEX "ClaimMatch_status_createdAt_idx" ON "ClaimMatch"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimMatch_claimId_matchedClaimId_key" ON "ClaimMatch"("claimId", "matchedClaimId");


-- Full-text search (hand-written): FTS5 tables over the rows' own text (external content, keyed by
-- rowid), kept in step by triggers, so every write updates the index in its own transaction.
CREATE VIRTUAL TABLE "claim_fts" USING fts5("quote", content='Claim', content_rowid='rowid', tokenize='unicode61');
CREATE VIRTUAL TABLE "article_fts" USING fts5("title", "body", content='Article', content_rowid='rowid', tokenize='unicode61');
CREATE VIRTUAL TABLE "source_fts" USING fts5("title", "publisher", "url", content='Source', content_rowid='rowid', tokenize='unicode61');
CREATE VIRTUAL TABLE "comment_fts" USING fts5("body", content='Comment', content_rowid='rowid', tokenize='unicode61');

CREATE TRIGGER "claim_fts_ai" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "claim_fts"(rowid, "quote") VALUES (new.rowid, new."quote");
END;
CREATE TRIGGER "claim_fts_ad" AFTER DELETE ON "Claim" BEGIN
  INSERT INTO "claim_fts"("claim_fts", rowid, "quote") VALUES ('delete', old.rowid, old."quote");
END;
CREATE TRIGGER "claim_fts_au" AFTER UPDATE OF "quote" ON "Claim" BEGIN
  INSERT INTO "claim_fts"("claim_fts", rowid, "quote") VALUES ('delete', old.rowid, old."quote");
  INSERT INTO "claim_fts"(rowid, "quote") VALUES (new.rowid, new."quote");
END;

CREATE TRIGGER "article_fts_ai" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "article_fts"(rowid, "title", "body") VALUES (new.rowid, new."title", new."body");
END;
CREATE TRIGGER "article_fts_ad" AFTER DELETE ON "Article" BEGIN
  INSERT INTO "article_fts"("article_fts", rowid, "title", "body") VALUES ('delete', old.rowid, old."title", old."body");
END;
CREATE TRIGGER "article_fts_au" AFTER UPDATE OF "title", "body" ON "Article" BEGIN
  INSERT INTO "article_fts"("article_fts", rowid, "title", "body") VALUES ('delete', old.rowid, old."title", old."body");
  INSERT INTO "article_fts"(rowid, "title", "body") VALUES (new.rowid, new."title", new."body");
END;

CREATE TRIGGER "source_fts_ai" AFTER INSERT ON "Source" BEGIN
  INSERT INTO "source_fts"(rowid, "title", "publisher", "url") VALUES (new.rowid, new."title", new."publisher", new."url");
END;
CREATE TRIGGER "source_fts_ad" AFTER DELETE ON "Source" BEGIN
  INSERT INTO "source_fts"("source_fts", rowid, "title", "publisher", "url") VALUES ('delete', old.rowid, old."title", old."publisher", old."url");
END;
CREATE TRIGGER "source_fts_au" AFTER UPDATE OF "title", "publisher", "url" ON "Source" BEGIN
  INSERT INTO "source_fts"("source_fts", rowid, "title", "publisher", "url") VALUES ('delete', old.rowid, old."title", old."publisher", old."url");
  INSERT INTO "source_fts"(rowid, "title", "publisher", "url") VALUES (new.rowid, new."title", new."publisher", new."url");
END;

CREATE TRIGGER "comment_fts_ai" AFTER INSERT ON "Comment" BEGIN
  INSERT INTO "comment_fts"(rowid, "body") VALUES (new.rowid, new."body");
END;
CREATE TRIGGER "comment_fts_ad" AFTER DELETE ON "Comment" BEGIN
  INSERT INTO "comment_fts"("comment_fts", rowid, "body") VALUES ('delete', old.rowid, old."body");
END;
CREATE TRIGGER "comment_fts_au" AFTER UPDATE OF "body" ON "Comment" BEGIN
  INSERT INTO "comment_fts"("comment_fts", rowid, "body") VALUES ('delete', old.rowid, old."body");
  INSERT INTO "comment_fts"(rowid, "body") VALUES (new.rowid, new."body");
END;

-- Rows that existed before this migration.
INSERT INTO "claim_fts"("claim_fts") VALUES ('rebuild');
INSERT INTO "article_fts"("article_fts") VALUES ('rebuild');
INSERT INTO "source_fts"("source_fts") VALUES ('rebuild');
INSERT INTO "comment_fts"("comment_fts") VALUES ('rebuild');
