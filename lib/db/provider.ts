/** Which database a URL names: SQLite for `file:` URLs (the embedded default), PostgreSQL for `postgres(ql)://`. */
export type DatabaseProvider = "sqlite" | "postgresql";

export function providerOf(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…".`);
}

/**
 * The running database, for the few statements that need one version per dialect (lib/jobs'
 * `FOR UPDATE SKIP LOCKED`); everything else runs unchanged on both.
 */
export function currentProvider(): DatabaseProvider {
  return providerOf(process.env.DATABASE_URL?.trim() || "file:./data/claimdesk.db");
}
