import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { indexSnapshotText } from "./index-in-worker";
import type { SessionUser } from "@/lib/auth/session-user";
import { normalizeSourceUrl } from "@/lib/sources/url";

// Keeps one snapshot of a source's document: the source is found by its normalized URL or made, and the snapshot
// row carries the text, the original bytes and the evidence finder's passage index, all written in one transaction.

export type SnapshotOrigin = "FETCHED" | "UPLOADED" | "PASTED";

export interface SnapshotToKeep {
  origin: SnapshotOrigin;
  original: Uint8Array;
  text: string;
  contentType: string;
  sha256: string;
  /** The URL the person gave (or the fetched page's); null for an upload or paste without one. */
  url: string | null;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
  finalUrl: string | null;
  httpStatus: number | null;
  retrievedAt: Date;
}

/** A document with no web address is still one source per document: its address names its hash. */
export const documentUrn = (sha256: string) => `urn:sha256:${sha256}`;
export const isDocumentUrn = (url: string) => url.startsWith("urn:sha256:");

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export const SNAPSHOT_SUMMARY = {
  id: true,
  sha256: true,
  contentType: true,
  retrievedAt: true,
  finalUrl: true,
  httpStatus: true,
  origin: true,
  text: true,
} as const;

export function snapshotJson(row: { id: string; sha256: string; contentType: string; retrievedAt: Date; finalUrl: string | null; httpStatus: number | null; text: string }) {
  return {
    id: row.id,
    sha256: row.sha256,
    contentType: row.contentType,
    retrievedAt: row.retrievedAt.toISOString(),
    chars: row.text.length,
    ...(row.finalUrl ? { finalUrl: row.finalUrl } : {}),
    ...(row.httpStatus != null ? { httpStatus: row.httpStatus } : {}),
  };
}

export async function keepSnapshot(user: SessionUser, doc: SnapshotToKeep) {
  const url = (doc.url && normalizeSourceUrl(doc.url)) || documentUrn(doc.sha256);
  // Indexed once, before the transaction (no lock held meanwhile), off the event loop when long: the finder then
  // reads the stored index.
  const passageIndex = await indexSnapshotText(doc.text, doc.publishedAt);
  return prisma.$transaction(async (tx) => {
    const source = await tx.source.upsert({
      where: { url },
      update: {},
      create: { url, title: doc.title, publisher: doc.publisher, publishedAt: doc.publishedAt, accessedAt: doc.retrievedAt, createdById: user.id },
      select: { id: true, url: true, title: true, publisher: true, publishedAt: true, kind: true, createdAt: true },
    });
    const snapshot = await tx.snapshot.create({
      data: {
        sourceId: source.id,
        origin: doc.origin,
        text: doc.text,
        original: Buffer.from(doc.original.buffer, doc.original.byteOffset, doc.original.byteLength) as Uint8Array<ArrayBuffer>,
        sha256: doc.sha256,
        contentType: doc.contentType,
        finalUrl: doc.finalUrl,
        httpStatus: doc.httpStatus,
        retrievedAt: doc.retrievedAt,
        passageIndex,
        createdById: user.id,
      },
      select: SNAPSHOT_SUMMARY,
    });
    return { source: { ...source, publishedAt: source.publishedAt?.toISOString().slice(0, 10) ?? null, createdAt: source.createdAt.toISOString() }, snapshot: snapshotJson(snapshot) };
  });
}
