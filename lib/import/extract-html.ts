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
  // Wrapped so a fragment ("<p>…</p>" with no <html>) still gets a body to read.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

export function extractHtml(html: string): ExtractedArticle {
  // Readability rewrites the document it reads, so the headline is taken from an untouched copy.
  const original = documentOf(html);
  const headline = inlineTextOf(original.querySelector("h1")) || null;
  const pageTitle = inlineTextOf(original.querySelector("title")) || null;

  let blocks: string[] = [];
  let title: string | null = null;
  try {
    // serializer: hand back the content element itself, not an HTML string to parse a second time.
    const article = new Readability(documentOf(html), { serializer: (el: Node) => el }).parse();
    if (article?.content) blocks = blocksOf(article.content as unknown as Node);
    // Readability's title is <title> with the site's name trimmed off ("Story | Paper" → "Story").
    title = article?.title?.replace(/\s+/g, " ").trim() || null;
  } catch {
    // Readability gives up on some malformed pages; the whole page is read below instead.
  }
  if (blocks.length === 0) {
    const page = documentOf(html);
    for (const el of Array.from(page.querySelectorAll(CHROME))) el.remove();
    blocks = page.body ? blocksOf(page.body) : [];
  }
  title ??= headline ?? pageTitle;

  // The headline opens the body, as in a .txt article; Readability drops an <h1> that repeats the title.
  const lead = headline ?? title;
  if (blocks.length > 0 && lead && blocks[0].toLowerCase() !== lead.toLowerCase()) blocks.unshift(lead);
  return { title, body: blocks.join("\n\n") };
}
