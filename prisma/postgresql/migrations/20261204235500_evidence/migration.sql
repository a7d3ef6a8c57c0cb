-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "end" INTEGER,
ADD COLUMN     "prefix" TEXT,
ADD COLUMN     "snapshotId" TEXT,
ADD COLUMN     "start" INTEGER,
ADD COLUMN     "suffix" TEXT;

-- CreateTable
CREATE TABLE "Snapshot" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "original" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "retrievedAt" TIMESTAMP(3) NOT NULL,
    "passageIndex" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceCheck" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "missingCitationIds" TEXT NOT NULL DEFAULT '[]',
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Snapshot_sourceId_createdAt_idx" ON "Snapshot"("sourceId", "createdAt");

-- CreateIndex
CREATE INDEX "Snapshot_createdAt_idx" ON "Snapshot"("createdAt");

-- CreateIndex
CREATE INDEX "SourceCheck_sourceId_checkedAt_idx" ON "SourceCheck"("sourceId", "checkedAt");

-- CreateIndex
CREATE INDEX "Citation_snapshotId_idx" ON "Citation"("snapshotId");

-- AddForeignKey
ALTER TABLE "Snapshot" ADD CONSTRAINT "Snapshot_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCheck" ADD CONSTRAINT "SourceCheck_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "Snapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

