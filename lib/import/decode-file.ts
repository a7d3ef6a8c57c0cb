import { AppError } from "@/lib/errors/app-error";
import { FILE_FORMATS, MAX_ARTICLE_BYTES, TOO_LARGE_MESSAGE, type ArticleFormat } from "./limits";

// Turns an uploaded or named file into text, refusing what is not an article's text. Pure: bytes in, string out,
// so the command line, the server action and the tests share it. Errors name the "file" field for the form.

/** The format a file name says it is, or null for an ending the importer does not read. */
export function formatOf(fileName: string): ArticleFormat | null {
  const dot = fileName.lastIndexOf(".");
  if (dot < 0) return null;
  const ending = fileName.slice(dot).toLowerCase();
  return Object.hasOwn(FILE_FORMATS, ending) ? FILE_FORMATS[ending as keyof typeof FILE_FORMATS] : null;
}

const refuse = (message: string) => new AppError("INVALID", message, { file: message });

export function decodeArticleFile(bytes: Uint8Array, fileName: string): { text: string; format: ArticleFormat } {
  const format = formatOf(fileName);
  if (!format) throw refuse("Only .txt, .md or .html files can be imported.");
  // Size first: nothing else is worth doing on a file that will be refused anyway.
  if (bytes.byteLength > MAX_ARTICLE_BYTES) throw new AppError("TOO_LARGE", TOO_LARGE_MESSAGE, { file: TOO_LARGE_MESSAGE });
  if (bytes.byteLength === 0) throw refuse("The file is empty.");
  // Valid UTF-8 may contain NUL, but no article does: it is the mark of a binary file (images, PDFs, Word files).
  if (bytes.includes(0)) throw refuse("The file is binary, not text.");
  let text: string;
  try {
    // fatal: an invalid byte sequence throws instead of becoming U+FFFD, which would corrupt the stored text.
    // The default ignoreBOM=false drops a leading byte-order mark, which is encoding, not content.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refuse("The file is not UTF-8 text; save it as UTF-8 and try again.");
  }
  if (text.trim() === "") throw refuse("The file is empty.");
  return { text, format };
}
