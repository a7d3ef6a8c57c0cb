import mammoth from "mammoth";
import { refuseDocument } from "./limits";
import { guardZip } from "./zip-guard";

// A Word document's text through mammoth, after the zip guard has checked every part's size: mammoth (JSZip)
// would otherwise inflate whatever the archive holds. Raw text, not HTML: pictures are never decoded.

export async function extractDocx(bytes: Uint8Array): Promise<{ text: string; title: string | null }> {
  guardZip(bytes);
  let raw: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    raw = result.value;
  } catch {
    throw refuseDocument("The Word document is damaged and cannot be read.");
  }
  // mammoth ends every paragraph with a blank line; empty paragraphs would leave runs of them.
  const paragraphs = raw.split(/\n{2,}/).map((p) => p.replace(/[ \t]+/g, " ").trim()).filter(Boolean);
  return { text: paragraphs.join("\n\n"), title: paragraphs[0] && paragraphs[0].length <= 200 ? paragraphs[0] : null };
}
