import { AppError } from "@/lib/errors/app-error";
import type { ArticleFormat } from "./limits";
import { extractHtml, type ExtractedArticle } from "./extract-html";
import { extractMarkdown } from "./extract-markdown";

// One entry point from a decoded file to {title, body}. A plain-text article is stored byte for byte as it came;
// HTML and Markdown are stored as their extracted text.

/** The first non-empty line of a plain-text article names it. */
export function extractPlainText(text: string): ExtractedArticle {
  const first = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== "");
  return { title: first?.replace(/\s+/g, " ").trim() || null, body: text };
}

export function extractArticle(text: string, format: ArticleFormat): ExtractedArticle {
  const extracted = format === "html" ? extractHtml(text) : format === "markdown" ? extractMarkdown(text) : extractPlainText(text);
  if (extracted.body.trim() === "") {
    const message = format === "html" ? "No readable text was found in this HTML page." : "The file has no text.";
    throw new AppError("INVALID", message, { file: message });
  }
  return extracted;
}
