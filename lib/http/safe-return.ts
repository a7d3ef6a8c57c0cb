/** A return path after login: only a path on this site, so the login page is no open redirect. */
export function safeReturnPath(raw: string | string[] | undefined | null, fallback = "/articles"): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/login") || value.startsWith("/api/")) return fallback;
  return value;
}
