import { parseHTML } from "linkedom";

// A page's title, publisher and publication date, from what publishers put there for search engines and social
// cards: Open Graph and article: tags, Dublin Core and citation meta tags, schema.org JSON-LD, and <time>.

export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD, or null when the page does not say. */
  publishedAt: string | null;
}

const DATE_KEYS = ["article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "citation_publication_date", "citation_date", "pubdate", "publish-date", "publication_date", "sailthru.date"];
const PUBLISHER_KEYS = ["og:site_name", "dc.publisher", "dcterms.publisher", "citation_publisher", "publisher", "application-name"];
const TITLE_KEYS = ["og:title", "twitter:title", "dc.title", "citation_title"];

/** A date in any common written form as YYYY-MM-DD; the calendar date as written, not shifted to UTC. */
export function isoDay(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  const date = new Date(parsed);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

function jsonLdNodes(doc: Document): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value && typeof value === "object") {
      nodes.push(value as Record<string, unknown>);
      const graph = (value as Record<string, unknown>)["@graph"];
      if (graph) visit(graph);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken JSON-LD block is the publisher's mistake; the meta tags may still say what it meant to.
    }
  }
  return nodes;
}

const nameOf = (value: unknown): string | null =>
  typeof value === "string" ? value : value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string" ? (value as { name: string }).name : null;

export function readPageMetadata(html: string): PageMetadata {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const meta = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").toLowerCase();
    const content = el.getAttribute("content")?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const first = (keys: string[]) => keys.map((k) => meta.get(k)).find(Boolean) ?? null;
  const ld = jsonLdNodes(doc);
  const ldArticle = ld.find((node) => typeof node.datePublished === "string" || typeof node.headline === "string");
  const ldPublisher = ld.map((node) => nameOf(node.publisher)).find(Boolean) ?? null;
  const time = doc.querySelector("article time[datetime], time[pubdate], time[datetime]")?.getAttribute("datetime") ?? null;
  return {
    title: first(TITLE_KEYS) ?? (typeof ldArticle?.headline === "string" ? ldArticle.headline : null),
    publisher: first(PUBLISHER_KEYS) ?? ldPublisher,
    publishedAt: isoDay(first(DATE_KEYS)) ?? isoDay(ldArticle?.datePublished as string | undefined) ?? isoDay(time),
  };
}
