-- CreateEnum
CREATE TYPE "MatchRelation" AS ENUM ('SAME', 'CONFLICTING');

-- CreateEnum
CREATE TYPE "MatchStatus" AS ENUM ('SUGGESTED', 'CONFIRMED', 'REJECTED');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "matchFingerprint" TEXT;

-- CreateTable
CREATE TABLE "ClaimMatchKey" (
    "key" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,

    CONSTRAINT "ClaimMatchKey_pkey" PRIMARY KEY ("key","claimId")
);

-- CreateTable
CREATE TABLE "ClaimMatch" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "matchedClaimId" TEXT NOT NULL,
    "relation" "MatchRelation" NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "status" "MatchStatus" NOT NULL DEFAULT 'SUGGESTED',
    "reviewedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClaimMatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimMatchKey_claimId_idx" ON "ClaimMatchKey"("claimId");

-- CreateIndex
CREATE INDEX "ClaimMatch_matchedClaimId_idx" ON "ClaimMatch"("matchedClaimId");

-- CreateIndex
CREATE INDEX "ClaimMatch_status_createdAt_idx" ON "ClaimMatch"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimMatch_claimId_matchedClaimId_key" ON "ClaimMatch"("claimId", "matchedClaimId");

-- AddForeignKey
ALTER TABLE "ClaimMatchKey" ADD CONSTRAINT "ClaimMatchKey_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_matchedClaimId_fkey" FOREIGN KEY ("matchedClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Full-text search (hand-written): GIN indexes on tsvector expressions over the rows' own text. An
-- expression index is maintained by every write in that write's transaction, so it is never stale.
-- The 'simple' configuration (no stemming, no stop words) matches SQLite FTS5's unicode61 tokenizer;
-- translate() splits "F-16" into f and 16 as unicode61 does (PostgreSQL's parser would read -16 as a number).
CREATE INDEX "Claim_quote_fts" ON "Claim" USING GIN (to_tsvector('simple', translate("quote", '-./_', '    ')));
CREATE INDEX "Article_text_fts" ON "Article" USING GIN (to_tsvector('simple', translate("title" || ' ' || "body", '-./_', '    ')));
CREATE INDEX "Source_text_fts" ON "Source" USING GIN (to_tsvector('simple', translate("title" || ' ' || coalesce("publisher", '') || ' ' || "url", '-./_', '    ')));
CREATE INDEX "Comment_body_fts" ON "Comment" USING GIN (to_tsvector('simple', translate("body", '-./_', '    ')));
