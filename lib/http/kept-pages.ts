import type { IncomingMessage, ServerResponse, OutgoingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync, gzip, inflateSync } from "node:zlib";
import { promisify } from "node:util";
import { sessionIdsOf } from "@/lib/auth/session-jwt";
import { newNonce } from "./security-headers";
import { PageCache, acceptsGzip, isKeptPageRequest, keepablePage, sessionCookie, withNonce, type KeptPage } from "./page-cache";
import type { DatabaseWatch, VisitCheck } from "./page-cache-db";

const gzipAsync = promisify(gzip);

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface KeptPagesOptions {
  watch: DatabaseWatch;
  secret: string;
  cache: PageCache;
  now?: () => number;
}

/** A kept page, with a fresh nonce (as the proxy would make one) and compressed when the browser accepts it. */
async function sendKept(req: IncomingMessage, res: ServerResponse, page: KeptPage): Promise<void> {
  const { policy, body } = withNonce(page, newNonce());
  // The header says where the page came from: for people diagnosing a stale page, and for the tests.
  const headers: OutgoingHttpHeaders = { ...page.headers, "content-security-policy": policy, "x-claimdesk-page": "kept" };
  let sent = body;
  if (acceptsGzip(String(req.headers["accept-encoding"] ?? ""))) {
    sent = await gzipAsync(body, { level: 4 });
    headers["content-encoding"] = "gzip";
  }
  headers["content-length"] = sent.length;
  res.writeHead(200, headers);
  res.end(sent);
}

/**
 * Calls `onDone` with what Next.js wrote (status, headers, body), once the response is complete. The response
 * itself goes out unchanged, streamed as Next.js writes it.
 */
function recordResponse(res: ServerResponse, onDone: (status: number, headers: OutgoingHttpHeaders, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let headers: OutgoingHttpHeaders | null = null;
  // Headers given to writeHead as a raw list are not read here: such a response is not kept.
  let rawHeaders = false;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array));
  };
  // Node's own signatures are overloaded; these pass every argument through as they came.
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const given = rest.find((arg) => arg !== null && typeof arg === "object");
    rawHeaders = Array.isArray(given);
    headers = { ...res.getHeaders(), ...(rawHeaders ? {} : lowerCased(given as OutgoingHttpHeaders | undefined)) };
    return writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as ServerResponse["end"];
  res.on("finish", () => {
    if (!rawHeaders) onDone(res.statusCode, headers ?? res.getHeaders(), Buffer.concat(chunks));
  });
}

const DECODERS: Record<string, (body: Buffer) => Buffer> = { gzip: gunzipSync, deflate: inflateSync, br: brotliDecompressSync };

/**
 * What Next.js sent, uncompressed: it compresses for the browser that asked (under a millisecond to undo for a
 * page), and a kept page is stored plain, to be sent again with another nonce. Null for an encoding not known here.
 */
function decodedBody(headers: OutgoingHttpHeaders, body: Buffer): { headers: OutgoingHttpHeaders; body: Buffer } | null {
  const encoding = headers["content-encoding"];
  if (encoding === undefined) return { headers, body };
  const decode = typeof encoding === "string" ? DECODERS[encoding] : undefined;
  if (!decode) return null;
  const { "content-encoding": _, ...plain } = headers;
  return { headers: plain, body: decode(body) };
}

function lowerCased(headers: OutgoingHttpHeaders | undefined): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

/**
 * Wraps Next.js's request handler: a person's visit to a kept page (lib/http/page-cache.ts) is answered from memory
 * when the same session saw it under the same database stamp; otherwise Next.js renders it and it is kept.
 * Everything else goes to Next.js untouched. The session is checked against the database on every visit, as the
 * page itself would check it; a visit that fails the check goes to Next.js, which sends it to the login page.
 */
export function keptPagesHandler(next: Handler, options: KeptPagesOptions): Handler {
  const now = options.now ?? Date.now;
  // The stamp this process read last, on any visit. A page whose render began under an older one is already stale:
  // under people writing (fifty reviewers change the desk every few dozen milliseconds) keeping it would only cost
  // the work of decompressing and storing it.
  let newestStamp = "";
  return async (req, res) => {
    if (!isKeptPageRequest(req)) return next(req, res);
    const raw = sessionCookie(req.headers.cookie);
    // Not a session (none, sent twice, or not decoding): Next.js answers the visit (the page sends it to the login page).
    const session = raw ? await sessionIdsOf(raw, options.secret) : null;
    if (!session) return next(req, res);
    let visit: VisitCheck;
    try {
      visit = await options.watch.check(session.sessionId, session.userId);
    } catch (error) {
      // The page does not depend on this: Next.js renders it, and reports the database's trouble if it has it too.
      console.error("Kept pages: the database check failed:", error instanceof Error ? error.message : error);
      return next(req, res);
    }
    const { stamp, sessionOpen } = visit;
    if (stamp === null || !sessionOpen) return next(req, res);
    newestStamp = stamp;
    const key = `${session.sessionId}\u0000${session.userId}\u0000${req.headers.host ?? ""}\u0000${req.url}`;
    const kept = options.cache.get(key, stamp, now());
    if (kept) return sendKept(req, res, kept);
    const renderedAt = now();
    recordResponse(res, (status, headers, body) => {
      if (!res.writableFinished || newestStamp !== stamp) return;
      try {
        const decoded = decodedBody(headers, body);
        const page = decoded && keepablePage(status, decoded.headers, decoded.body);
        if (page) options.cache.set(key, stamp, renderedAt, page);
      } catch (error) {
        // The person has their page; it is only not kept.
        console.error("Kept pages: a rendered page could not be kept:", error instanceof Error ? error.message : error);
      }
    });
    return next(req, res);
  };
}
