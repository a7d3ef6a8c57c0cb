import path from "node:path";

/** The embedded default: a SQLite file in the git-ignored data folder. */
export const DEFAULT_DATABASE_URL = "file:./data/claimdesk.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/**
 * The file a SQLite URL points at. `file:./x.db` resolves against the working directory,
 * which is the project root for the CLI, `next start`, vitest and the scripts.
 */
export function sqliteFilePath(url: string = databaseUrl()): string {
  if (!url.startsWith("file:")) throw new Error(`Not a SQLite URL: ${url}`);
  const withoutScheme = url.slice("file:".length).split("?")[0];
  // Resolved at run time against the working directory; not a build-time asset to trace.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), withoutScheme);
}
