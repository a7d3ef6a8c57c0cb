-- Search over the text of evidence snapshots (hand-written): an FTS5 table kept by triggers, as in
-- 20261204234500_search. A snapshot's text is fixed once kept, but an update is handled all the same.
CREATE VIRTUAL TABLE "snapshot_fts" USING fts5("text", content='Snapshot', content_rowid='rowid', tokenize='unicode61');
CREATE TRIGGER "snapshot_fts_ai" AFTER INSERT ON "Snapshot" BEGIN
  INSERT INTO "snapshot_fts"(rowid, "text") VALUES (new.rowid, new."text");
END;
CREATE TRIGGER "snapshot_fts_ad" AFTER DELETE ON "Snapshot" BEGIN
  INSERT INTO "snapshot_fts"("snapshot_fts", rowid, "text") VALUES ('delete', old.rowid, old."text");
END;
CREATE TRIGGER "snapshot_fts_au" AFTER UPDATE OF "text" ON "Snapshot" BEGIN
  INSERT INTO "snapshot_fts"("snapshot_fts", rowid, "text") VALUES ('delete', old.rowid, old."text");
  INSERT INTO "snapshot_fts"(rowid, "text") VALUES (new.rowid, new."text");
END;
INSERT INTO "snapshot_fts"("snapshot_fts") VALUES ('rebuild');
