import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param";

/**
 * How a browser moves between the desk's pages once one is open: clicking a highlight or a "back to the article"
 * link is a client-side navigation (next/link). The browser asks for the new page's React Server Components payload
 * (`RSC: 1`), telling the server which page it is on (`Next-Router-State-Tree`, `Next-Url`); the server renders
 * the new page's segments only, with no HTML. Headers and `_rsc` as Chromium sent them on the demo desk
 * (2026-12-06); `_rsc` is Next.js's own hash of those headers, which the server checks (a wrong one is a 307).
 * Like every script's fetch, the request carries the browser's Fetch Metadata (`Sec-Fetch-Dest: empty`): the
 * pages leave the article's text out of such a request, since the browser keeps the text it was sent with the
 * first page (app/ui/article-body.ts). The bench's desk is never revised, so a browser would not read it again.
 */

/** The router state tree of a page at `/articles/{slug}` or `/claims/{id}`, as the browser sends it (URL-encoded). */
export function routerStateTree(path: string): string {
  const [, section, param] = path.split("/");
  const name = section === "articles" ? "slug" : section === "claims" ? "id" : null;
  if (!name || !param) throw new Error(`No router state tree for ${path}`);
  const page = ["__PAGE__", {}, null, null, 0];
  const tree = ["", { children: [section, { children: [[name, param, "d", null], { children: page }, null, null, 0] }, null, null, 0] }, null, null, 16];
  return encodeURIComponent(JSON.stringify(tree));
}

/** The URL and headers of a client-side navigation from the page at `from` to the page at `to`. */
export async function navigationRequest(base: string, from: string, to: string): Promise<{ url: string; headers: Record<string, string> }> {
  const tree = routerStateTree(from);
  const hash = await computeCacheBustingSearchParam(undefined, undefined, tree, from);
  return { url: `${base}${to}?_rsc=${hash}`, headers: { rsc: "1", "next-router-state-tree": tree, "next-url": from, "sec-fetch-dest": "empty", "sec-fetch-mode": "cors", "sec-fetch-site": "same-origin" } };
}
