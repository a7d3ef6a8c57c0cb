import { Marked } from "marked";
import { parseHTML } from "linkedom";
import { inlineTextOf, textOf } from "./html-text";
import type { ExtractedArticle } from "./extract-html";

// Markdown keeps its words and loses its markup: marked (a CommonMark/GFM parser) renders it to HTML, and the
// same paragraph walker as for HTML pages reads the text back. That decodes entities, keeps link text (not the
// address), drops images and any raw <script>/<style>, and lays out paragraphs, list items and headings alike.

// A private instance: options set here never leak into another user of marked in the same process.
const markdown = new Marked({ gfm: true, breaks: false });

export function extractMarkdown(source: string): ExtractedArticle {
  const html = markdown.parse(source, { async: false });
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const body = document.body as unknown as Node;
  // The first heading of any level names the piece ("# Title" or a Setext "Title\n===").
  const title = inlineTextOf(document.querySelector("h1, h2, h3, h4, h5, h6") as unknown as Element | null) || null;
  return { title, body: textOf(body) };
}
