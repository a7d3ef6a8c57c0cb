-- The count of committed changes to what the pages show (hand-written triggers): the kept reading pages
-- (lib/http/page-cache-db.ts) compare it on every visit. Every table is counted but Presence, Session,
-- LoginAttempt, ApiToken and Job: heartbeats, sign-ins, token use and job progress, which no kept page shows.
-- A table added later gets its triggers too (tests/integration/kept-pages.test.ts holds every table to it).
-- On PostgreSQL the count is raised once per transaction, at its commit (deferred constraint triggers): a transaction
-- holds the counter's row lock only while it commits, so it never waits for it while holding other locks.

-- CreateTable
CREATE TABLE "ChangeCounter" (
    "id" INTEGER NOT NULL,
    "value" BIGINT NOT NULL,

    CONSTRAINT "ChangeCounter_pkey" PRIMARY KEY ("id")
);

INSERT INTO "ChangeCounter" ("id", "value") VALUES (1, 0);

CREATE FUNCTION "claimdesk_count_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('claimdesk.counted_in', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE "ChangeCounter" SET "value" = "value" + 1 WHERE "id" = 1;
    PERFORM set_config('claimdesk.counted_in', txid_current()::text, true);
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "User_counted" AFTER INSERT OR UPDATE OR DELETE ON "User" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "Article_counted" AFTER INSERT OR UPDATE OR DELETE ON "Article" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "ArticleRevision_counted" AFTER INSERT OR UPDATE OR DELETE ON "ArticleRevision" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "Claim_counted" AFTER INSERT OR UPDATE OR DELETE ON "Claim" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "Source_counted" AFTER INSERT OR UPDATE OR DELETE ON "Source" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "Snapshot_counted" AFTER INSERT OR UPDATE OR DELETE ON "Snapshot" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "SourceCheck_counted" AFTER INSERT OR UPDATE OR DELETE ON "SourceCheck" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "Citation_counted" AFTER INSERT OR UPDATE OR DELETE ON "Citation" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "Flag_counted" AFTER INSERT OR UPDATE OR DELETE ON "Flag" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "Comment_counted" AFTER INSERT OR UPDATE OR DELETE ON "Comment" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "ClaimEvent_counted" AFTER INSERT OR UPDATE OR DELETE ON "ClaimEvent" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "Setting_counted" AFTER INSERT OR UPDATE OR DELETE ON "Setting" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "Notification_counted" AFTER INSERT OR UPDATE OR DELETE ON "Notification" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "NotificationPreference_counted" AFTER INSERT OR UPDATE OR DELETE ON "NotificationPreference" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "ClaimMatchKey_counted" AFTER INSERT OR UPDATE OR DELETE ON "ClaimMatchKey" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
CREATE CONSTRAINT TRIGGER "ClaimMatch_counted" AFTER INSERT OR UPDATE OR DELETE ON "ClaimMatch" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claimdesk_count_change"();
