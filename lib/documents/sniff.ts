import { refuseDocument, type DocumentKind } from "./limits";
import { isDocxZip } from "./zip-guard";

// A document's type is read from its bytes, never from its name or a server's Content-Type: a "report.pdf" that is
// an HTML error page, or a ".txt" that is a Word file, is read as what it is.

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);

function hasPdfHeader(bytes: Uint8Array): boolean {
  // The PDF header may sit anywhere in the first kilobyte (some producers prepend junk).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>])/i;
const HTML_TAGS = /<(?:html|head|body|article|main|div|p|h1|h2|table|title|meta)[\s>][\s\S]*<\/(?:html|head|body|article|main|div|p|h1|h2|table|title)>/i;
const MARKDOWN = /^(?:#{1,6}\s+\S|\s{0,3}(?:[-*+]|\d+\.)\s+\S.*\n\s{0,3}(?:[-*+]|\d+\.)\s+\S|```|>\s+\S)|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*/m;

/** Decodes text bytes, or null when they are not text (NUL bytes, or not UTF-8 and not HTML in a legacy charset). */
export function decodeText(bytes: Uint8Array, partial = false): string | null {
  if (bytes.includes(0)) return null;
  try {
    // partial: a slice may end inside a character, which is not an encoding error.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: partial });
  } catch {
    // Old pages are often windows-1252; plain text in an unknown charset is refused rather than garbled.
    const latin = new TextDecoder("windows-1252").decode(bytes);
    return HTML_START.test(latin) ? latin : null;
  }
}

export function sniffKind(bytes: Uint8Array): DocumentKind {
  if (bytes.byteLength === 0) throw refuseDocument("The document is empty.");
  if (hasPdfHeader(bytes)) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (isDocxZip(bytes)) return "docx";
    throw refuseDocument("This zip file is not a Word (.docx) document.");
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // Compound files are old .doc files, and also how Word stores a password-protected .docx.
    throw refuseDocument("This is a password-protected or old-format Word file; save it as an unprotected .docx or PDF.");
  }
  const text = decodeText(bytes.subarray(0, Math.min(bytes.byteLength, 64 * 1024)), true);
  if (text === null) throw refuseDocument("The document is not a PDF, HTML, DOCX, Markdown or UTF-8 text file.");
  if (HTML_START.test(text) || HTML_TAGS.test(text.slice(0, 8192))) return "html";
  return MARKDOWN.test(text.slice(0, 16384)) ? "markdown" : "text";
}
