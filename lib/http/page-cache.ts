/**
 * Rendered reading pages kept per session while the database is unchanged (scripts/page-server.ts serves them).
 *
 * Next.js renders a signed-in page afresh on every visit, and its fixed cost per page (React's payload, then HTML
 * from it) is most of what a reading page costs. A page a person opens again while nothing in the database changed
 * is the same page, so it is kept: under the database's change stamp (lib/http/page-cache-db.ts: any committed
 * write, by any process or instance, changes it), for one session, and for at most a TTL that bounds what depends
 * on the clock alone ("today" on the claim page, a session running out).
 */

/** The reading pages kept: the ones people return to. Every other page is rendered on every visit. */
const KEPT_PAGES = [/^\/articles\/?$/, /^\/articles\/(?!new$)[^/]+$/, /^\/claims\/?$/, /^\/claims\/[^/]+$/, /^\/dashboard\/?$/, /^\/dashboard\/claims\/?$/];

/** Request headers of Next.js's own client-side requests (payloads for navigation and prefetching, server actions). */
const NEXT_CLIENT_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

export interface PageRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A person's plain visit to a kept page: a GET of the document itself, signed in with the session cookie only. */
export function isKeptPageRequest(request: PageRequest): boolean {
  if (request.method !== "GET" || !request.url) return false;
  const [pathname, query = ""] = request.url.split("?", 2);
  if (!KEPT_PAGES.some((page) => page.test(pathname)) || /(^|&)_rsc=/.test(query)) return false;
  if (request.headers.authorization || NEXT_CLIENT_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  // A script's fetch (Fetch Metadata) gets the reading pages without the article's text (lib/http/client-navigation.ts):
  // such a page must never be kept for, or answered from, a person's visit.
  if (request.headers["sec-fetch-dest"] === "empty") return false;
  return true;
}

/**
 * The session cookie's value (next-auth's names, secure first, as lib/auth/current-user.ts reads them), or null.
 * Null too when that cookie comes more than once: a cookie planted for a narrower path or a parent domain comes
 * first, and the page (Next.js's parser) would render for the other one, so the page's key and its person could
 * differ.
 */
export function sessionCookie(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  const found: Record<string, string[]> = {};
  for (const part of cookieHeader.split(";")) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (name === "__Secure-next-auth.session-token" || name === "next-auth.session-token") (found[name] ??= []).push(part.slice(at + 1).trim());
  }
  const values = found["__Secure-next-auth.session-token"] ?? found["next-auth.session-token"];
  return values?.length === 1 ? values[0] : null;
}

/** Whether the browser takes gzip (`gzip;q=0` refuses it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  for (const part of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [coding, ...params] = part.trim().split(";");
    if (coding.trim() !== "gzip") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

/** The nonce of a Content-Security-Policy header, or null. */
export function nonceOf(policy: string): string | null {
  return /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(policy)?.[1] ?? null;
}

/** A kept page: its status line's headers and its body cut around its nonce, so every visit gets a fresh one. */
export interface KeptPage {
  headers: Record<string, string | string[]>;
  /** The Content-Security-Policy with its nonce taken out: `policy[0] + nonce + policy[1] + …`. */
  policy: string[];
  /** The body with its nonce taken out, the same way. */
  body: Buffer[];
  bytes: number;
}

/** Cuts a text at every occurrence of `needle`. */
function cutAt(haystack: Buffer, needle: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, from)) {
    parts.push(haystack.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(haystack.subarray(from));
  return parts;
}

/** Response headers that describe one transmission, not the page. */
const TRANSMISSION_HEADERS = new Set(["date", "content-length", "transfer-encoding", "connection", "keep-alive", "content-security-policy"]);

/**
 * What a rendered response keeps, or null when it must not be kept: anything but a complete 200 HTML page with
 * a nonce in its policy, one that sets a cookie, or one already compressed.
 */
export function keepablePage(status: number, headers: Record<string, string | string[] | number | undefined>, body: Buffer): KeptPage | null {
  if (status !== 200) return null;
  const type = String(headers["content-type"] ?? "");
  if (!type.startsWith("text/html") || headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return null;
  const policy = headers["content-security-policy"];
  const nonce = typeof policy === "string" ? nonceOf(policy) : null;
  if (!nonce || typeof policy !== "string") return null;
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || TRANSMISSION_HEADERS.has(name)) continue;
    kept[name] = Array.isArray(value) ? value : String(value);
  }
  return { headers: kept, policy: policy.split(nonce), body: cutAt(body, Buffer.from(nonce)), bytes: body.length };
}

/** A kept page as one response: its policy and body with `nonce` where the rendered one was. */
export function withNonce(page: KeptPage, nonce: string): { policy: string; body: Buffer } {
  const nonceBytes = Buffer.from(nonce);
  const parts: Buffer[] = [];
  page.body.forEach((part, i) => {
    if (i > 0) parts.push(nonceBytes);
    parts.push(part);
  });
  return { policy: page.policy.join(nonce), body: Buffer.concat(parts) };
}

interface Entry {
  stamp: string;
  at: number;
  page: KeptPage;
}

/** Kept pages by key, valid under one stamp and within the TTL; the least recently used go first past the budget. */
export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly ttlMs: number,
  ) {}

  get(key: string, stamp: string, now: number): KeptPage | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.stamp !== stamp || now - entry.at >= this.ttlMs) {
      this.drop(key);
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.page;
  }

  set(key: string, stamp: string, at: number, page: KeptPage): void {
    if (page.bytes > this.maxBytes) return;
    this.drop(key);
    this.entries.set(key, { stamp, at, page });
    this.bytes += page.bytes;
    while (this.bytes > this.maxBytes) this.drop(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.page.bytes;
    this.entries.delete(key);
  }
}
