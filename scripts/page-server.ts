import http from "node:http";
import next from "next";
import { databaseUrl } from "@/lib/db/url";
import { authSecret } from "@/lib/auth/secret";
import { PageCache } from "@/lib/http/page-cache";
import { openDatabaseWatch } from "@/lib/http/page-cache-db";
import { keptPagesHandler } from "@/lib/http/kept-pages";

/**
 * One server process (scripts/cluster.ts forks one per core): Next.js's production server, with the reading pages
 * a person opens again answered from memory while the database is unchanged (lib/http/kept-pages.ts).
 * CLAIMDESK_PAGE_CACHE=off renders every visit, as `next start` does. Started by scripts/cluster.ts, which sets
 * NODE_ENV=production before this module (and Next.js with it) loads.
 *
 * `tsx scripts/page-server.ts -p PORT [-H HOST]`
 */

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
  const render = app.getRequestHandler();
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
