/**
 * Which database a vitest run exercises: SQLite by default; PostgreSQL when CLAIMDESK_TEST_DB is
 * `postgresql`, on the server TEST_DATABASE_URL names (`npm test` starts a throwaway one).
 */
export const testProvider = process.env.CLAIMDESK_TEST_DB === "postgresql" ? "postgresql" : "sqlite";

export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("CLAIMDESK_TEST_DB=postgresql needs TEST_DATABASE_URL (a PostgreSQL server URL; `npm test` starts one itself).");
  return url;
}
