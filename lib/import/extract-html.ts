import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { blocksOf, inlineTextOf } from "./html-text";

// An HTML page's article: Mozilla's Readability (Firefox Reader View) finds the main content and drops the
// navigation, sidebars, comments and boilerplate around it; linkedom gives it a DOM without a browser. Regular
// expressions cannot do this reliably (nested tags, entities, scripts that contain "</p>").

export interface ExtractedArticle {
  /** null when the page names no title (no <title>, no <h1>). */
  title: string | null;
  /** Paragraphs separated by blank lines; "" when the page has no readable text. */
  body: string;
}

/** Page chrome removed when Readability finds no article and the whole page is read instead. */
const CHROME = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, [hidden], [aria-hidden=true]";

function documentOf(html: string): Document {
  // HTML may leave out <html> and <body>, which linkedom (unlike a browser) does not supply: such a page, or a
  // fragment ("<p>…</p>"), is wrapped in what it lacks, its doctype set aside.
  if (/<html[\s>]/i.test(html)) return parseHTML(html).document as unknown as Document;
  const inner = html.replace(/^\s*<!doctype[^>]*>/i, "");
  const source = /<body[\s>]/i.test(inner) ? `<!doctype html><html>${inner}</html>` : `<!doctype html><html><head></head><body>${inner}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

/**
 * The story's <h1>: the first one outside the page's chrome. A site's logo is often an <h1> in the page header;
 * a story's own <header> inside <article> or <main> is not chrome.
 */
function headlineOf(doc: Document): string | null {
  for (const h1 of Array.from(doc.querySelectorAll("h1"))) {
    if (h1.closest("nav, footer, aside")) continue;
    if (h1.closest("header") && !h1.closest("article, main")) continue;
    const text = inlineTextOf(h1);
    if (text) return text;
  }
  return null;
}

export function extractHtml(html: string): ExtractedArticle {
  // Readability rewrites the document it reads, so the headline is taken from an untouched copy.
  const original = documentOf(html);
  const headline = headlineOf(original);
  const pageTitle = inlineTextOf(original.querySelector("title")) || null;

  let blocks: string[] = [];
  let title: string | null = null;
  try {
    // serializer: hand back the content element itself, not an HTML string to parse a second time.
    const article = new Readability(documentOf(html), { serializer: (el: Node) => el }).parse();
    if (article?.content) blocks = blocksOf(article.content as unknown as Node);
    // Readability's title is <title> with the site's name trimmed off ("Long story | Paper" → "Long story"),
    // except on short titles, where it cannot tell the story's words from the paper's.
    title = article?.title?.replace(/\s+/g, " ").trim() || null;
  } catch {
    // Readability gives up on some malformed pages; the whole page is read below instead.
  }
  if (blocks.length === 0) {
    const page = documentOf(html);
    for (const el of Array.from(page.querySelectorAll(CHROME))) el.remove();
    blocks = page.body ? blocksOf(page.body) : [];
  }
  // A <title> that contains the headline is the headline plus the site's name: the headline alone is the title.
  if (headline && (!title || pageTitle?.toLowerCase().includes(headline.toLowerCase()))) title = headline;
  title ??= pageTitle;

  // The headline opens the body, as in a .txt article; Readability drops an <h1> that repeats the title.
  const lead = headline ?? title;
  if (blocks.length > 0 && lead && blocks[0].toLowerCase() !== lead.toLowerCase()) blocks.unshift(lead);
  return { title, body: blocks.join("\n\n") };
}
