import { AppError } from "@/lib/errors/app-error";

// What a source document may be. Shared by uploads and fetches; no Node imports, so a form may read them too.

/** The largest original accepted, uploaded or fetched. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/**
 * A DOCX is a zip: its parts together may declare at most this many bytes once inflated. Pictures are already
 * compressed, so a real document inflates to little more than its size; a zip bomb declares (or hides) far more.
 */
export const MAX_INFLATED_BYTES = 60 * 1024 * 1024;
/** A part that inflates more than this many times its stored size, past a megabyte, is a bomb, not a document. */
export const MAX_INFLATE_RATIO = 200;
export const MAX_ZIP_ENTRIES = 5_000;
export const MAX_PDF_PAGES = 2_000;
/** Readable text kept per snapshot: far above any report, well below what would slow indexing to a crawl. */
export const MAX_TEXT_CHARS = 5_000_000;

export type DocumentKind = "pdf" | "html" | "docx" | "text" | "markdown";

export const CONTENT_TYPES: Record<DocumentKind, string> = {
  pdf: "application/pdf",
  html: "text/html",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  text: "text/plain",
  markdown: "text/markdown",
};

/** Refusals name the `file` field (an upload); a fetch's caller may re-key them to `url`. */
export const refuseDocument = (message: string) => new AppError("INVALID", message, { file: message });
