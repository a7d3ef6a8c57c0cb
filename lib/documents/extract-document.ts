import { createHash } from "node:crypto";
import { extractHtml } from "@/lib/import/extract-html";
import { extractMarkdown } from "@/lib/import/extract-markdown";
import { extractDocx } from "./extract-docx";
import { extractPdf } from "./extract-pdf";
import { readPageMetadata } from "./html-metadata";
import { AppError } from "@/lib/errors/app-error";
import { CONTENT_TYPES, MAX_DOCUMENT_BYTES, MAX_TEXT_CHARS, refuseDocument, type DocumentKind } from "./limits";
import { decodeText, sniffKind } from "./sniff";

// From a source's original bytes (an upload or a fetch) to a snapshot: the readable text the evidence passages
// index into, with what the document says about itself. A pure async function of the bytes, so it can run in a
// worker thread (see extract-in-worker.ts) without touching the database or the request.

export interface ExtractedDocument {
  kind: DocumentKind;
  contentType: string;
  /** Paragraphs separated by a blank line; passages' start/end index this string. */
  text: string;
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD when the document states it (HTML metadata). */
  publishedAt: string | null;
  /** Hex SHA-256 of the original bytes: the snapshot's identity and its archive check. */
  sha256: string;
  bytes: number;
  pages?: number;
}

/** Line ends and spacing normalized the same way for every kind, so offsets mean the same thing everywhere. */
function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function textOf(bytes: Uint8Array): string {
  const text = decodeText(bytes);
  if (text === null) throw refuseDocument("The document is not UTF-8 text.");
  return text.replace(/^\uFEFF/, "");
}

export interface ExtractOptions {
  /** The field refusals name: "file" for an upload (the default), "url" for a fetched document. */
  field?: string;
}

/** Reads a document; refusals are AppErrors naming `options.field`. */
export async function extractDocument(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const field = options.field ?? "file";
  try {
    return await readDocument(bytes);
  } catch (error) {
    if (field !== "file" && error instanceof AppError && error.fields?.file) {
      throw new AppError(error.code, error.message, { [field]: error.fields.file });
    }
    throw error;
  }
}

async function readDocument(bytes: Uint8Array): Promise<ExtractedDocument> {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    const message = `The document is over ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`;
    throw new AppError("TOO_LARGE", message, { file: message });
  }
  const kind = sniffKind(bytes);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  let text: string;
  let title: string | null = null;
  let publisher: string | null = null;
  let publishedAt: string | null = null;
  let pages: number | undefined;
  switch (kind) {
    case "pdf": {
      const pdf = await extractPdf(bytes);
      ({ text, title, pages } = pdf);
      break;
    }
    case "docx":
      ({ text, title } = await extractDocx(bytes));
      break;
    case "html": {
      const html = textOf(bytes);
      const article = extractHtml(html);
      const meta = readPageMetadata(html);
      text = article.body;
      title = meta.title ?? article.title;
      ({ publisher, publishedAt } = meta);
      break;
    }
    case "markdown": {
      const article = extractMarkdown(textOf(bytes));
      text = article.body;
      title = article.title;
      break;
    }
    default:
      text = textOf(bytes);
  }
  text = tidyText(text);
  if (!text) throw refuseDocument(kind === "pdf" ? "The PDF has no text layer (a scan?); upload a PDF with text." : "The document has no readable text.");
  if (text.length > MAX_TEXT_CHARS) throw refuseDocument("The document's text is too long to keep as one snapshot.");
  return { kind, contentType: CONTENT_TYPES[kind], text, title, publisher, publishedAt, sha256, bytes: bytes.byteLength, ...(pages ? { pages } : {}) };
}
