import { inflateRawSync } from "node:zlib";
import { MAX_INFLATED_BYTES, MAX_INFLATE_RATIO, MAX_ZIP_ENTRIES, refuseDocument } from "./limits";

// Reads a zip's central directory by hand, before any library inflates anything: the declared sizes are summed and
// checked against the cap, encrypted and ZIP64 archives are refused, and each part is then inflated with Node's
// output limit set to its declared size, so a part that lies about its size fails at that size instead of filling
// memory. Only then does mammoth (through JSZip) read the file.

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const data = view(bytes);
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, bytes.byteLength - 22 - 65_535);
  for (let at = bytes.byteLength - 22; at >= lowest; at--) if (data.getUint32(at, true) === EOCD) return at;
  return -1;
}

/** The central directory's entries, or a refusal for an archive that is truncated, encrypted, ZIP64 or too large. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) throw refuseDocument("The document is damaged (its zip directory is missing).");
  const data = view(bytes);
  const count = data.getUint16(end + 10, true);
  const offset = data.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw refuseDocument("The document is a ZIP64 archive, which is not read.");
  if (count > MAX_ZIP_ENTRIES) throw refuseDocument("The document has too many parts to be a Word document.");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || data.getUint32(at, true) !== CENTRAL) throw refuseDocument("The document is damaged (bad zip directory).");
    const nameLength = data.getUint16(at + 28, true);
    const entry: ZipEntry = {
      flags: data.getUint16(at + 8, true),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString("utf8"),
    };
    entries.push(entry);
    at += 46 + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
  }
  return entries;
}

export function isDocxZip(bytes: Uint8Array): boolean {
  try {
    return readZipEntries(bytes).some((entry) => entry.name === "word/document.xml");
  } catch {
    // A damaged zip that names word/document.xml in its bytes is still meant as a DOCX: let the guard say why.
    return Buffer.from(bytes).includes("word/document.xml");
  }
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || data.getUint32(at, true) !== LOCAL) throw refuseDocument("The document is damaged (bad zip entry).");
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.byteLength) throw refuseDocument("The document is damaged (truncated).");
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Refuses a zip that would inflate past the cap, by its declared sizes and then by what each part really holds. */
export function guardZip(bytes: Uint8Array): ZipEntry[] {
  const entries = readZipEntries(bytes);
  let declared = 0;
  for (const entry of entries) {
    if (entry.flags & 0x1) throw refuseDocument("The document is encrypted; save an unprotected copy and try again.");
    if (entry.method !== 0 && entry.method !== 8) throw refuseDocument("The document uses a zip compression that is not read.");
    declared += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > 1024 * 1024 && ratio > MAX_INFLATE_RATIO) {
      throw refuseDocument("The document inflates far beyond its size (a zip bomb) and is refused.");
    }
  }
  if (declared > MAX_INFLATED_BYTES) {
    throw refuseDocument(`The document would inflate to over ${MAX_INFLATED_BYTES / 1024 / 1024} MB and is refused.`);
  }
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const stored = entryData(bytes, entry);
    if (entry.method === 0) {
      if (stored.byteLength !== entry.uncompressedSize) throw refuseDocument("The document is damaged (a part's size is wrong).");
      continue;
    }
    let inflated: Buffer;
    try {
      // One byte of room: a part that fills it holds more than it declared.
      inflated = inflateRawSync(stored, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch {
      throw refuseDocument("The document is damaged, or a part holds more than it declares (a zip bomb).");
    }
    if (inflated.byteLength !== entry.uncompressedSize) throw refuseDocument("The document is damaged, or a part holds more than it declares (a zip bomb).");
  }
  return entries;
}
