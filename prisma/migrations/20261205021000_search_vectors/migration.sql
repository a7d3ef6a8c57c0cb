-- PostgreSQL only: its search moves to stored tsvector columns (see prisma/postgresql/migrations).
-- SQLite's FTS5 tables already store what they search, so nothing changes here; this file keeps the
-- two databases' migration histories the same.
SELECT 1;
