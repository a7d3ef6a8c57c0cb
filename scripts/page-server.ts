import http from "node:http";
import { Duplex } from "node:stream";
import next from "next";
import compression from "compression";
import { databaseUrl } from "@/lib/db/url";
import { authSecret } from "@/lib/auth/secret";
import { PageCache } from "@/lib/http/page-cache";
import { openDatabaseWatch } from "@/lib/http/page-cache-db";
import { keptPagesHandler } from "@/lib/http/kept-pages";
import { coalesceWrites } from "@/lib/http/coalesced-writes";
import { applyPagePolicy } from "@/lib/http/page-policy";

/**
 * One server process (scripts/cluster.ts forks one per core): Next.js's production server, with the reading pages
 * a person opens again answered from memory while the database is unchanged (lib/http/kept-pages.ts).
 * CLAIMDESK_PAGE_CACHE=off renders every visit, as `next start` does. Started by scripts/cluster.ts, which sets
 * NODE_ENV=production before this module (and Next.js with it) loads.
 *
 * `tsx scripts/page-server.ts -p PORT [-H HOST]`
 */

/**
 * Responses are compressed here rather than by Next.js (next.config.js: `compress: false`), for two savings measured
 * on a heavy claim's client-side navigation (77 KB of payload, one process, 2026-12-06): 63 and 73 req/s with
 * Next.js's compression, 83 and 84 with this. Next.js's level cannot be set (zlib's default, 6), and Next.js
 * flushes the compressor after every chunk it writes when it may (`res.flush`), which costs a zlib call and a
 * partial block each time. No page here streams in parts (no Suspense, no loading.tsx: a page is written once it
 * is rendered), so the compressor is left to fill its blocks, and gets Next.js's chunks gathered into parts
 * (lib/http/coalesced-writes.ts: the same navigation, 66/71/80 -> 72/105/108 req/s). Event streams are neither
 * compressed (`no-transform`) nor gathered.
 */
const GZIP_LEVEL = 4;

/**
 * A person who leaves mid-response leaves the middleware's zlib stream open, holding its memory (Next.js ends it
 * the same way: release-compression-stream.js). The middleware answers `res.on("drain")` with its stream.
 */
function releaseCompressor(res: http.ServerResponse): void {
  const noop = () => undefined;
  const stream: unknown = res.on("drain", noop);
  res.off("drain", noop);
  if (stream !== res && stream instanceof Duplex) stream.destroy();
}

/** What the kept pages may weigh in one process, and how long one is kept at most (clock-bound content: "today"). */
const PAGE_CACHE_BYTES = 64 * 1024 * 1024;
const PAGE_TTL_MS = 30_000;

async function main() {
  const argv = process.argv.slice(2);
  const flag = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const port = Number(flag("-p") ?? process.env.PORT ?? 3000);
  const hostname = flag("-H");

  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  const compress = compression({ level: GZIP_LEVEL });
  const render = (req: http.IncomingMessage, res: http.ServerResponse) =>
    new Promise<void>((resolve, reject) => {
      // The middleware is Express's; it only uses what Node's own request and response have.
      compress(req as never, res as never, () => {
        delete (res as { flush?: unknown }).flush;
        coalesceWrites(res as never);
        res.once("close", () => {
          if (!res.writableFinished) releaseCompressor(res);
        });
        applyPagePolicy(req, res);
        Promise.resolve(nextHandler(req, res)).then(resolve, reject);
      });
    });
  const handle =
    process.env.CLAIMDESK_PAGE_CACHE === "off"
      ? (req: http.IncomingMessage, res: http.ServerResponse) => render(req, res)
      : keptPagesHandler((req, res) => render(req, res), {
          watch: openDatabaseWatch(databaseUrl()),
          secret: authSecret(),
          cache: new PageCache(PAGE_CACHE_BYTES, PAGE_TTL_MS),
        });

  const server = http.createServer((req, res) => {
    Promise.resolve(handle(req, res)).catch((error) => {
      console.error(`Failed to answer ${req.method} ${req.url}:`, error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal Server Error");
    });
  });
  server.listen(port, hostname, () => console.log(`Server process ${process.pid} ready on ${hostname ?? "localhost"}:${port}.`));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
