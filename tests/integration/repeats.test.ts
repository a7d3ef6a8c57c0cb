import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { attachSource } from "@/lib/sources/attach-source";
import { updateClaim } from "@/lib/review/update-claim";
import { decideClaimMatch, listClaimMatches } from "@/lib/repeats/claim-matches";
import { cachedRepeatQueue } from "@/lib/repeats/repeat-queue";
import { runQueuedJobs } from "@/lib/jobs/worker";
import { countClaimsToFingerprint, queueFingerprintBackfill } from "@/lib/repeats/backfill";
import { clearDatabase, createTestArticle, createUser } from "../factories";

/** An import, then the matching job it queued, as a worker would run it a moment later. */
async function importAndMatch(body: string, title: string) {
  const article = await createTestArticle(body, { title });
  await runQueuedJobs();
  return article;
}

const FIRST =
  "F-16 support\n\nThe United States approved a $450 million F-16 sustainment package for Pakistan in September 2022.\n\nThe flood relief reached $97 million by December 2022.";
const SAME_AGAIN = "Jets again\n\nIn September 2022, the United States approved a $450 million F-16 sustainment package for Pakistan, officials said.";
const CONFLICT = "Jets, revised\n\nThe United States approved a $500 million F-16 sustainment package for Pakistan in September 2022.";

let reviewer: SessionUser;
let editor: SessionUser;
let earlierId: string;

beforeEach(async () => {
  await clearDatabase();
  reviewer = await createUser("REVIEWER");
  editor = await createUser("EDITOR");
  const first = await importAndMatch(FIRST, "F-16 support");
  earlierId = first.claims.find((c) => c.quote.includes("$450 million"))!.id;
});

async function signOffInaccurate(claimId: string) {
  await attachSource(reviewer, claimId, {
    url: "https://www.dsca.mil/press-media/major-arms-sales/pakistan-f-16",
    title: "Pakistan – F-16 Case for Sustainment",
    passage: "The State Department approved a possible Foreign Military Sale of F-16 sustainment for an estimated cost of $450 million.",
    stance: "CONTRADICTS",
  });
  let version = (await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
  await updateClaim(reviewer, claimId, { version, state: "IN_REVIEW", verdict: "INACCURATE", rationale: "Not a package for jets.", correction: "It was sustainment, not new jets." });
  version = (await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
  await updateClaim(reviewer, claimId, { version, state: "AWAITING_SIGNOFF" });
  version = (await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
  await updateClaim(editor, claimId, { version, state: "SIGNED_OFF" });
}

describe("repeated claims", () => {
  it("the dashboard's queue, kept in memory, shows a match the job just made and drops one a reviewer decided", async () => {
    const second = await createTestArticle(SAME_AGAIN, { title: "Jets again" });
    const repeat = second.claims.find((c) => c.quote.includes("$450 million"))!;
    expect((await cachedRepeatQueue()).total).toBe(0);
    // The matching job writes no history: the queue's own stamp sees its matches.
    await runQueuedJobs();
    const queue = await cachedRepeatQueue();
    expect(queue.items.map((i) => i.claimId)).toEqual([repeat.id]);
    expect(await cachedRepeatQueue()).toBe(queue);
    await decideClaimMatch(reviewer, repeat.id, { claimId: earlierId, relation: "SAME" });
    expect(await cachedRepeatQueue()).toMatchObject({ total: 0, items: [] });
  });

  it("recognises a repeated claim on import, with the earlier verdict, and flags a repeat of an inaccurate one", async () => {
    await signOffInaccurate(earlierId);
    const second = await importAndMatch(SAME_AGAIN, "Jets again");
    const repeat = second.claims.find((c) => c.quote.includes("$450 million"))!;
    const matches = await listClaimMatches(reviewer, repeat.id);
    expect(matches[0]).toMatchObject({ claimId: earlierId, relation: "SAME", verdict: "INACCURATE", state: "SIGNED_OFF", status: "SUGGESTED" });
    const flags = await prisma.flag.findMany({ where: { claimId: repeat.id, automatic: true, relatedClaimId: earlierId } });
    expect(flags).toHaveLength(1);
    expect(flags[0].note).toMatch(/found inaccurate on \d{4}-\d\d-\d\d/);
    // Seen from the earlier claim too.
    expect((await listClaimMatches(reviewer, earlierId)).map((m) => m.claimId)).toContain(repeat.id);
  });

  it("queues the matching in the import's own transaction; the job matches once, however often it runs", async () => {
    const second = await createTestArticle(SAME_AGAIN, { title: "Jets again" });
    const repeat = second.claims.find((c) => c.quote.includes("$450 million"))!;
    const queued = await prisma.job.findMany({ where: { kind: "MATCH_CLAIMS", state: "QUEUED" } });
    expect(queued).toHaveLength(1);
    expect(JSON.parse(queued[0].input)).toMatchObject({ articleId: second.id });
    expect(await listClaimMatches(reviewer, repeat.id)).toEqual([]);

    expect(await runQueuedJobs()).toBe(1);
    const done = await prisma.job.findUniqueOrThrow({ where: { id: queued[0].id } });
    expect(done.state).toBe("DONE");
    expect((await listClaimMatches(reviewer, repeat.id)).map((m) => m.claimId)).toEqual([earlierId]);

    // A second run of the same job (a worker that lost its lease after committing) adds nothing.
    await prisma.job.update({ where: { id: queued[0].id }, data: { state: "QUEUED", lockedBy: null, lockedUntil: null } });
    await runQueuedJobs();
    expect(await prisma.claimMatch.count({ where: { claimId: repeat.id } })).toBe(1);
  });

  it("fingerprints claims saved before repeated claims existed, so a later import recognises them", async () => {
    // As a desk migrated from before: no fingerprint, no keys (and one made by an older matcher).
    await prisma.claimMatchKey.deleteMany();
    await prisma.claim.updateMany({ data: { matchFingerprint: null } });
    await prisma.claim.updateMany({ where: { id: { not: earlierId } }, data: { matchFingerprint: '{"v":0,"kind":"MONEY"}' } });
    expect(await countClaimsToFingerprint()).toBeGreaterThan(1);
    const lonely = await importAndMatch(SAME_AGAIN, "Jets again");
    expect(await listClaimMatches(reviewer, lonely.claims.find((c) => c.quote.includes("$450 million"))!.id)).toEqual([]);

    expect(await queueFingerprintBackfill()).toBe(true);
    expect(await queueFingerprintBackfill()).toBe(false); // one backfill at a time
    await runQueuedJobs();
    expect(await countClaimsToFingerprint()).toBe(0);
    expect(await prisma.claimMatchKey.count({ where: { claimId: earlierId } })).toBeGreaterThan(0);
    expect(await queueFingerprintBackfill()).toBe(false);

    const later = await importAndMatch(SAME_AGAIN.replace("Jets again", "Jets once more"), "Jets once more");
    const repeat = later.claims.find((c) => c.quote.includes("$450 million"))!;
    expect((await listClaimMatches(reviewer, repeat.id)).map((m) => m.claimId)).toContain(earlierId);
  });

  it("marks a different figure about the same subject CONFLICTING and flags it", async () => {
    const third = await importAndMatch(CONFLICT, "Jets, revised");
    const conflicting = third.claims.find((c) => c.quote.includes("$500 million"))!;
    const matches = await listClaimMatches(reviewer, conflicting.id);
    expect(matches[0]).toMatchObject({ claimId: earlierId, relation: "CONFLICTING" });
    expect(await prisma.flag.count({ where: { claimId: conflicting.id, automatic: true, checkKey: `conflict:${earlierId}` } })).toBe(1);
  });

  it("confirms, rejects and reuses the earlier evidence, keeping the history", async () => {
    await attachSource(reviewer, earlierId, {
      url: "https://www.dsca.mil/press-media/major-arms-sales/pakistan-f-16",
      title: "Pakistan – F-16 Case for Sustainment",
      passage: "An estimated cost of $450 million.",
      stance: "SUPPORTS",
    });
    const second = await importAndMatch(SAME_AGAIN, "Jets again");
    const repeat = second.claims.find((c) => c.quote.includes("$450 million"))!;

    const confirmed = await decideClaimMatch(reviewer, repeat.id, { claimId: earlierId, relation: "SAME" });
    expect(confirmed.matches[0]).toMatchObject({ claimId: earlierId, status: "CONFIRMED" });

    const reused = await decideClaimMatch(reviewer, repeat.id, { claimId: earlierId, reuseEvidence: true });
    expect(reused.citations).toHaveLength(1);
    const copied = await prisma.citation.findMany({ where: { claimId: repeat.id }, include: { source: true } });
    expect(copied.map((c) => [c.passage, c.stance, c.source.url])).toEqual([["An estimated cost of $450 million.", "SUPPORTS", "https://www.dsca.mil/press-media/major-arms-sales/pakistan-f-16"]]);

    await decideClaimMatch(reviewer, repeat.id, { claimId: earlierId, relation: "NONE" });
    expect(await listClaimMatches(reviewer, repeat.id)).toEqual([]);
    const events = await prisma.claimEvent.findMany({ where: { claimId: repeat.id }, orderBy: { createdAt: "asc" }, select: { type: true } });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(["MATCH_CONFIRMED", "CITATION_ADDED", "MATCH_REJECTED"]));
  });

  it("never matches claims of the same article with each other", async () => {
    expect(await prisma.claimMatch.count()).toBe(0);
  });
});
