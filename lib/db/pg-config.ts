import type { PoolConfig } from "pg";

/** Connections each server process keeps to PostgreSQL at most (CLAIMDESK_DB_POOL; see the README's connection budget). */
export function poolSize(env: Record<string, string | undefined> = process.env): number {
  const wanted = Number(env.CLAIMDESK_DB_POOL);
  return Number.isInteger(wanted) && wanted >= 1 ? wanted : 10;
}

/**
 * A PostgreSQL URL as separate connection fields. Prisma's migration adapter makes its shadow
 * database by overriding `database`; pg ignores that override when given a connection string, so
 * the shadow would be the real database. Fields keep the override working.
 */
export function pgFieldsFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  const schema = u.searchParams.get("schema");
  return {
    host: u.searchParams.get("host") ?? (decodeURIComponent(u.hostname) || "localhost"),
    port: u.port ? Number(u.port) : 5432,
    user: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || undefined,
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
}
