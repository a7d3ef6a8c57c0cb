-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "notice" TEXT;

