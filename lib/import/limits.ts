// Limits shared by the server, the command line and the browser form (which checks them before sending, so a
// person learns at once that a file is too large). No imports: the client bundle pulls this file in.

/** The largest article accepted: 2 MB of UTF-8, as a file or as text. Longer pieces are books, not articles. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** The JSON envelope around a 2 MB body: escapes and the other fields need room above the body's own limit. */
export const MAX_IMPORT_JSON_BYTES = Math.round(2.5 * 1024 * 1024);

/** File endings the importer reads, and what each is read as. */
export const FILE_FORMATS = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
} as const;
export type ArticleFormat = (typeof FILE_FORMATS)[keyof typeof FILE_FORMATS];

/** For the file input's `accept` attribute. */
export const ACCEPTED_FILES = Object.keys(FILE_FORMATS).join(",");

export const TOO_LARGE_MESSAGE = "The article is over 2 MB; import a shorter piece.";

/** UTF-8 byte length without allocating the encoded copy (a 2 MB paste would otherwise be copied once more). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair is one 4-byte character; a lone surrogate is written as U+FFFD (3 bytes).
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
