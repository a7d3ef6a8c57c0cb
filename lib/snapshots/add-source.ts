import { AppError } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { safeFetch } from "@/lib/fetch/safe-fetch";
import { extractDocumentInWorker } from "@/lib/documents/extract-in-worker";
import type { ExtractedDocument } from "@/lib/documents/extract-document";
import { keepSnapshot, sha256Hex } from "./keep-snapshot";
import type { FetchSourceInput, PastedSourceInput, UploadFields } from "./schema";

// The three ways a source's document comes in (API.md: POST /api/sources). Reading a document runs on a worker
// thread with time and memory limits, so a hostile PDF or DOCX never blocks the server; a refusal saves nothing.

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** A refusal about the document, said about the field the person filled in. */
async function read(bytes: Uint8Array, field: "file" | "url"): Promise<ExtractedDocument> {
  try {
    return await extractDocumentInWorker(bytes);
  } catch (error) {
    if (field === "url" && error instanceof AppError && error.fields?.file) throw new AppError(error.code, error.message, { url: error.fields.file });
    throw error;
  }
}

export async function fetchSource(user: SessionUser, input: FetchSourceInput) {
  requirePermission(user, "source:write");
  const fetched = await safeFetch(input.url);
  if (fetched.httpStatus >= 400) {
    const message = `The page answered HTTP ${fetched.httpStatus}; nothing was kept.`;
    throw new AppError("INVALID", message, { url: message });
  }
  const doc = await read(fetched.bytes, "url");
  return keepSnapshot(user, {
    origin: "FETCHED",
    original: fetched.bytes,
    text: doc.text,
    contentType: doc.contentType,
    sha256: doc.sha256,
    url: input.url,
    // The page's own metadata fills what the person left empty.
    title: input.title ?? doc.title ?? new URL(fetched.finalUrl).hostname,
    publisher: input.publisher ?? doc.publisher,
    publishedAt: day(doc.publishedAt),
    finalUrl: fetched.finalUrl,
    httpStatus: fetched.httpStatus,
    retrievedAt: fetched.retrievedAt,
  });
}

export async function uploadSource(user: SessionUser, bytes: Uint8Array, fields: UploadFields) {
  requirePermission(user, "source:write");
  const doc = await read(bytes, "file");
  return keepSnapshot(user, {
    origin: "UPLOADED",
    original: bytes,
    text: doc.text,
    contentType: doc.contentType,
    sha256: doc.sha256,
    url: fields.url,
    title: fields.title ?? doc.title ?? "Untitled document",
    publisher: fields.publisher ?? doc.publisher,
    publishedAt: day(doc.publishedAt),
    finalUrl: null,
    httpStatus: null,
    retrievedAt: new Date(),
  });
}

/** Line ends and spacing as extractDocument leaves them, so offsets mean the same for every origin. */
const tidy = (text: string) => text.replace(/\r\n?/g, "\n").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();

export async function pasteSource(user: SessionUser, input: PastedSourceInput) {
  requirePermission(user, "source:write");
  const text = tidy(input.text);
  const original = new TextEncoder().encode(text);
  return keepSnapshot(user, {
    origin: "PASTED",
    original,
    text,
    contentType: "text/plain; charset=utf-8",
    sha256: sha256Hex(original),
    url: input.url,
    title: input.title,
    publisher: input.publisher,
    publishedAt: null,
    finalUrl: null,
    httpStatus: null,
    retrievedAt: new Date(),
  });
}
