-- The count of committed changes to what the pages show (hand-written triggers): the kept reading pages
-- (lib/http/page-cache-db.ts) compare it on every visit. Every table is counted but Presence, Session,
-- LoginAttempt, ApiToken and Job: heartbeats, sign-ins, token use and job progress, which no kept page shows.
-- A table added later gets its triggers too (tests/integration/kept-pages.test.ts holds every table to it).

-- CreateTable
CREATE TABLE "ChangeCounter" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" BIGINT NOT NULL
);

INSERT INTO "ChangeCounter" ("id", "value") VALUES (1, 0);

CREATE TRIGGER "User_counted_ai" AFTER INSERT ON "User" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "User_counted_au" AFTER UPDATE ON "User" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "User_counted_ad" AFTER DELETE ON "User" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Article_counted_ai" AFTER INSERT ON "Article" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Article_counted_au" AFTER UPDATE ON "Article" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Article_counted_ad" AFTER DELETE ON "Article" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ArticleRevision_counted_ai" AFTER INSERT ON "ArticleRevision" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ArticleRevision_counted_au" AFTER UPDATE ON "ArticleRevision" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ArticleRevision_counted_ad" AFTER DELETE ON "ArticleRevision" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Claim_counted_ai" AFTER INSERT ON "Claim" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Claim_counted_au" AFTER UPDATE ON "Claim" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Claim_counted_ad" AFTER DELETE ON "Claim" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Source_counted_ai" AFTER INSERT ON "Source" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Source_counted_au" AFTER UPDATE ON "Source" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Source_counted_ad" AFTER DELETE ON "Source" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Snapshot_counted_ai" AFTER INSERT ON "Snapshot" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Snapshot_counted_au" AFTER UPDATE ON "Snapshot" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Snapshot_counted_ad" AFTER DELETE ON "Snapshot" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "SourceCheck_counted_ai" AFTER INSERT ON "SourceCheck" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "SourceCheck_counted_au" AFTER UPDATE ON "SourceCheck" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "SourceCheck_counted_ad" AFTER DELETE ON "SourceCheck" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Citation_counted_ai" AFTER INSERT ON "Citation" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Citation_counted_au" AFTER UPDATE ON "Citation" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Citation_counted_ad" AFTER DELETE ON "Citation" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Flag_counted_ai" AFTER INSERT ON "Flag" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Flag_counted_au" AFTER UPDATE ON "Flag" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Flag_counted_ad" AFTER DELETE ON "Flag" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Comment_counted_ai" AFTER INSERT ON "Comment" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Comment_counted_au" AFTER UPDATE ON "Comment" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Comment_counted_ad" AFTER DELETE ON "Comment" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ClaimEvent_counted_ai" AFTER INSERT ON "ClaimEvent" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ClaimEvent_counted_au" AFTER UPDATE ON "ClaimEvent" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ClaimEvent_counted_ad" AFTER DELETE ON "ClaimEvent" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Setting_counted_ai" AFTER INSERT ON "Setting" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Setting_counted_au" AFTER UPDATE ON "Setting" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Setting_counted_ad" AFTER DELETE ON "Setting" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Notification_counted_ai" AFTER INSERT ON "Notification" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Notification_counted_au" AFTER UPDATE ON "Notification" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Notification_counted_ad" AFTER DELETE ON "Notification" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "NotificationPreference_counted_ai" AFTER INSERT ON "NotificationPreference" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "NotificationPreference_counted_au" AFTER UPDATE ON "NotificationPreference" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "NotificationPreference_counted_ad" AFTER DELETE ON "NotificationPreference" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ClaimMatchKey_counted_ai" AFTER INSERT ON "ClaimMatchKey" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ClaimMatchKey_counted_au" AFTER UPDATE ON "ClaimMatchKey" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ClaimMatchKey_counted_ad" AFTER DELETE ON "ClaimMatchKey" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ClaimMatch_counted_ai" AFTER INSERT ON "ClaimMatch" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ClaimMatch_counted_au" AFTER UPDATE ON "ClaimMatch" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ClaimMatch_counted_ad" AFTER DELETE ON "ClaimMatch" BEGIN UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1; END;
