import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { SNAPSHOT_SUMMARY, snapshotJson } from "./keep-snapshot";

// Reading snapshots back: the text (what passages index into) and the original bytes, which only the download
// selects, so no list or page ever carries a 20 MB column along.

export async function getSnapshot(user: SessionUser, id: string) {
  requirePermission(user, "claim:read");
  const row = await prisma.snapshot.findUnique({
    where: { id },
    select: { ...SNAPSHOT_SUMMARY, sourceId: true, source: { select: { id: true, url: true, title: true, publisher: true } } },
  });
  if (!row) throw notFound("That snapshot");
  return { snapshot: { ...snapshotJson(row), sourceId: row.sourceId, origin: row.origin, source: row.source, text: row.text } };
}

/** Types a browser would never render as a page; anything else is offered as plain bytes. */
const DOWNLOAD_TYPES: Record<string, { type: string; ext: string }> = {
  "application/pdf": { type: "application/pdf", ext: "pdf" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ext: "docx",
  },
  "text/plain": { type: "text/plain; charset=utf-8", ext: "txt" },
  "text/markdown": { type: "text/plain; charset=utf-8", ext: "md" },
  "text/html": { type: "application/octet-stream", ext: "html" },
};

export async function getSnapshotOriginal(user: SessionUser, id: string): Promise<Response> {
  requirePermission(user, "claim:read");
  const row = await prisma.snapshot.findUnique({ where: { id }, select: { original: true, contentType: true, sha256: true } });
  if (!row) throw notFound("That snapshot");
  const known = DOWNLOAD_TYPES[row.contentType.split(";")[0].trim().toLowerCase()] ?? { type: "application/octet-stream", ext: "bin" };
  // The name is ours (the hash), never the uploader's: no header injection, no misleading extension.
  const filename = `snapshot-${row.sha256.slice(0, 16)}.${known.ext}`;
  return new Response(new Uint8Array(row.original), {
    headers: {
      "Content-Type": known.type,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
