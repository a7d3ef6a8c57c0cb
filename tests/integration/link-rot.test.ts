import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { attachSource } from "@/lib/sources/attach-source";
import { removeCitation } from "@/lib/sources/edit-citation";
import { claimsLinkRot } from "@/lib/snapshots/claims-link-rot";
import { linkRotSummary } from "@/lib/snapshots/link-rot-summary";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

// Link rot as the dashboard and the claims table read it (SQLite and PostgreSQL): each source counts by its newest
// check only, however many checks came before.

let reviewer: SessionUser;
let aidClaim: string;
let tradeClaim: string;

beforeEach(async () => {
  await clearDatabase();
  reviewer = await createUser("REVIEWER");
  const article = await createTestArticle(SAMPLE_BODY, { title: "Flood aid" });
  aidClaim = article.claims.find((c) => c.quote.includes("$200 billion"))!.id;
  tradeClaim = article.claims.find((c) => c.quote.includes("$12 billion"))!.id;
});

async function cite(claimId: string, url: string) {
  const { citation } = await attachSource(reviewer, claimId, { url, title: url, stance: "CONTEXT", passage: "Aid and trade figures for 2022." });
  const source = await prisma.citation.findUniqueOrThrow({ where: { id: citation.id }, select: { sourceId: true } });
  return { citationId: citation.id, sourceId: source.sourceId };
}

async function check(sourceId: string, status: string, at: string, missingCitationIds: string[] = []) {
  await prisma.sourceCheck.create({ data: { sourceId, snapshotId: "snapshot", status, checkedAt: new Date(at), missingCitationIds: JSON.stringify(missingCitationIds) } });
}

describe("link rot", () => {
  it("counts each source once, by its newest check, for the dashboard", async () => {
    const recovered = await cite(aidClaim, "https://example.org/recovered");
    const gone = await cite(aidClaim, "https://example.org/gone");
    await cite(tradeClaim, "https://example.org/never-checked");
    await check(recovered.sourceId, "UNREACHABLE", "2026-01-01T10:00:00Z");
    await check(recovered.sourceId, "UNCHANGED", "2026-01-02T10:00:00Z");
    await check(gone.sourceId, "CHANGED", "2026-01-01T10:00:00Z");
    await check(gone.sourceId, "PASSAGES_MISSING", "2026-01-03T10:00:00Z", [gone.citationId]);
    await check(gone.sourceId, "UNCHANGED", "2025-12-01T10:00:00Z"); // written last, but older

    expect(await linkRotSummary()).toEqual({ UNCHANGED: 1, PASSAGES_MISSING: 1 });
  });

  it("gives each claim the worst newest check of its live citations' sources, for the claims table", async () => {
    const shared = await cite(aidClaim, "https://example.org/shared");
    const tradeOnShared = await cite(tradeClaim, "https://example.org/shared");
    const removed = await cite(tradeClaim, "https://example.org/removed");
    await check(shared.sourceId, "UNREACHABLE", "2026-01-01T10:00:00Z");
    await check(shared.sourceId, "PASSAGES_MISSING", "2026-01-02T10:00:00Z", [tradeOnShared.citationId]);
    await check(removed.sourceId, "UNREACHABLE", "2026-01-02T10:00:00Z");
    await removeCitation(reviewer, removed.citationId);

    // The aid claim's own passage is still on the page, so for it the page only changed; the removed citation's
    // unreachable source no longer counts against the trade claim.
    expect(Object.fromEntries(await claimsLinkRot([aidClaim, tradeClaim]))).toEqual({ [aidClaim]: "CHANGED", [tradeClaim]: "PASSAGES_MISSING" });
    expect(await claimsLinkRot([])).toEqual(new Map());
  });
});
