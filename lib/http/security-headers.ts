/** A response's script nonce: a random UUID, base64 (one per rendered page, and a new one per kept page sent again). */
export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}

/**
 * The Content-Security-Policy for a page: scripts only from this site or carrying this response's
 * nonce (Next.js puts it on its own scripts), no plugins, no framing, forms only to this site.
 * Styles may be inline (React style attributes); scripts never.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== "production"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Whether a request's answer may be a page, so gets the page's policy: everything but Next.js's built files and the
 * JSON API (sign-in's pages live under /api/auth/). JSON needs no script nonce; the API's two HTML answers (a report
 * and a snapshot's original) set their own stricter policy.
 */
export function isDocumentPath(url: string): boolean {
  const path = url.split("?", 1)[0];
  if (path.startsWith("/_next/static/") || path.startsWith("/_next/image") || path === "/favicon.ico") return false;
  return !path.startsWith("/api/") || path.startsWith("/api/auth/");
}
