import { headers } from "next/headers";

/**
 * Whether this render answers the desk's own browser code (a client-side navigation, a refresh, a server action)
 * rather than a full page load. Next.js hides its own router headers from pages, so this reads the browser's
 * Fetch Metadata instead: a script's fetch says `Sec-Fetch-Dest: empty`, loading a document says `document`, and a
 * browser too old to say either gets the full page. Such a browser already runs the page's code and keeps what
 * it was sent before (app/ui/article-body.ts), so a page can leave out what changes rarely. Guessing wrong costs
 * a request, never a wrong page: the browser reads what it lacks from the JSON API.
 */
export async function isClientNavigation(): Promise<boolean> {
  return (await headers()).get("sec-fetch-dest") === "empty";
}
