import { prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { safeFetch } from "@/lib/fetch/safe-fetch";
import { extractDocumentInWorker } from "@/lib/documents/extract-in-worker";
import { checkSnapshot } from "@/lib/documents/check-snapshot";
import { isDocumentUrn, sha256Hex } from "./keep-snapshot";

// Link rot (POST /api/sources/{id}/check, and the CHECK_SOURCES job): the source's URL fetched again and compared
// with its newest snapshot. Every check is kept, so the claim, the dashboard and the report show the latest one.

async function freshCopy(url: string) {
  try {
    const fetched = await safeFetch(url);
    if (fetched.httpStatus >= 400) return { httpStatus: fetched.httpStatus, sha256: "", text: null };
    const sha256 = sha256Hex(fetched.bytes);
    // An unreadable page still answered: its text is unknown, so every cited passage counts as missing.
    const text = await extractDocumentInWorker(fetched.bytes).then((d) => d.text, () => null);
    return { httpStatus: fetched.httpStatus, sha256, text };
  } catch (error) {
    if (error instanceof AppError) return null; // refused, timed out, too large: unreachable for the desk
    throw error;
  }
}

/** Checks one source; no permission check (callers do: the route per person, the job for whoever queued it). */
export async function runSourceCheck(sourceId: string) {
  const source = await prisma.source.findUnique({
    where: { id: sourceId },
    select: {
      url: true,
      snapshots: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true, sha256: true } },
      citations: { where: { removedAt: null }, select: { id: true, passage: true } },
    },
  });
  if (!source) throw notFound("That source");
  if (isDocumentUrn(source.url)) throw new AppError("INVALID", "This source has no web address to check again.", { url: "The source was uploaded or pasted without a URL." });
  const snapshot = source.snapshots[0];
  if (!snapshot) throw new AppError("INVALID", "This source has no snapshot to compare with: fetch it first.", { snapshot: "Keep a snapshot of the source first." });
  const result = checkSnapshot({
    sha256: snapshot.sha256,
    fresh: await freshCopy(source.url),
    citations: source.citations.map((c) => ({ citationId: c.id, quote: c.passage })),
  });
  const row = await prisma.sourceCheck.create({
    data: { sourceId, snapshotId: snapshot.id, status: result.status, httpStatus: result.httpStatus, missingCitationIds: JSON.stringify(result.missingCitationIds) },
    select: { checkedAt: true },
  });
  return { check: { ...result, checkedAt: row.checkedAt.toISOString() } };
}

export async function checkSource(user: SessionUser, sourceId: string) {
  requirePermission(user, "source:write");
  return runSourceCheck(sourceId);
}
