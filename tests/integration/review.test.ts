import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { updateClaim } from "@/lib/review/update-claim";
import { attachSource } from "@/lib/sources/attach-source";
import { addComment } from "@/lib/review/add-comment";
import { getClaimDetail } from "@/lib/review/claim-detail";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

let reviewer: SessionUser;
let editor: SessionUser;
let claimId: string;

const contradicting = {
  url: "https://www.state.gov/u-s-relations-with-pakistan/",
  title: "U.S. Relations With Pakistan",
  publisher: "U.S. Department of State",
  passage: "The United States has provided over $200 million in flood relief.",
  stance: "CONTRADICTS" as const,
};

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeEach(async () => {
  await clearDatabase();
  reviewer = await createUser("REVIEWER");
  editor = await createUser("EDITOR");
  const article = await createTestArticle(SAMPLE_BODY, { title: "Flood aid" });
  claimId = article.claims.find((c) => c.quote.includes("$200 billion"))!.id;
});

describe("reviewing a claim", () => {
  it("moves a claim to sign-off with its evidence, recording every change in the history", async () => {
    await attachSource(reviewer, claimId, contradicting);
    await updateClaim(reviewer, claimId, { version: 1, state: "IN_REVIEW" });
    await updateClaim(reviewer, claimId, {
      version: 2,
      verdict: "INACCURATE",
      rationale: "Official figures are in millions.",
      correction: "more than $200 million",
      state: "AWAITING_SIGNOFF",
    });
    await updateClaim(editor, claimId, { version: 3, state: "SIGNED_OFF", overrideOpenFlags: "The mismatch is what the correction fixes." });

    const detail = (await getClaimDetail(claimId))!;
    expect(detail).toMatchObject({ state: "SIGNED_OFF", verdict: "INACCURATE", correction: "more than $200 million", version: 4 });
    expect(detail.events.map((e) => [e.type, e.from, e.to])).toEqual([
      ["CLAIM_CREATED", null, null],
      ["CITATION_ADDED", null, "CONTRADICTS"],
      ["FLAG_RAISED", null, "HIGH NUMBER_MISMATCH"],
      ["STATE_CHANGED", "UNREVIEWED", "IN_REVIEW"],
      ["STATE_CHANGED", "IN_REVIEW", "AWAITING_SIGNOFF"],
      ["VERDICT_PROPOSED", null, "INACCURATE"],
      ["RATIONALE_CHANGED", null, "Official figures are in millions."],
      ["CORRECTION_CHANGED", null, "more than $200 million"],
      ["STATE_CHANGED", "AWAITING_SIGNOFF", "SIGNED_OFF"],
    ]);
    expect(detail.events.at(-1)?.actor?.email).toBe(editor.email);
  });

  it("writes every kind of field a change carries: a verdict taken back, an assignee set and cleared, a suggestion accepted", async () => {
    await prisma.claim.update({ where: { id: claimId }, data: { suggestion: "SUGGESTED" } });
    const before = await prisma.claim.findUniqueOrThrow({ where: { id: claimId }, select: { updatedAt: true } });
    await updateClaim(reviewer, claimId, { version: 1, verdict: "UNVERIFIABLE", rationale: "No source answers it." });
    await updateClaim(editor, claimId, { version: 2, assigneeEmail: reviewer.email, verdict: null, rationale: null });
    let row = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(row).toMatchObject({ suggestion: "ACCEPTED", verdict: null, rationale: null, assigneeId: reviewer.id, version: 3 });
    expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());

    await updateClaim(editor, claimId, { version: 3, assigneeEmail: null });
    row = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(row).toMatchObject({ assigneeId: null, version: 4 });
    const events = (await getClaimDetail(claimId))!.events.map((e) => [e.type, e.from, e.to]);
    expect(events.slice(1)).toEqual([
      ["VERDICT_PROPOSED", null, "UNVERIFIABLE"],
      ["RATIONALE_CHANGED", null, "No source answers it."],
      ["VERDICT_PROPOSED", "UNVERIFIABLE", null],
      ["RATIONALE_CHANGED", "No source answers it.", null],
      ["ASSIGNED", null, reviewer.email],
      ["ASSIGNED", reviewer.id, null],
    ]);
  });

  it("refuses a stale version with 409 naming who changed it, and writes nothing", async () => {
    await updateClaim(editor, claimId, { version: 1, state: "IN_REVIEW" });
    const error = await rejection(updateClaim(reviewer, claimId, { version: 1, verdict: "UNVERIFIABLE", rationale: "r" }));
    expect(error.status).toBe(409);
    expect(error.message).toContain(editor.name);
    const detail = (await getClaimDetail(claimId))!;
    expect(detail).toMatchObject({ verdict: null, version: 2 });
    expect(detail.events.filter((e) => e.type === "VERDICT_PROPOSED")).toHaveLength(0);
  });

  it("refuses a verdict without its evidence with the field that is wrong", async () => {
    const error = await rejection(updateClaim(reviewer, claimId, { version: 1, verdict: "ACCURATE", rationale: "Looks right." }));
    expect(error).toMatchObject({ code: "INVALID", fields: { verdict: expect.stringContaining("supporting citation") } });
    expect((await getClaimDetail(claimId))!.version).toBe(1);
  });

  it("refuses sign-off to a reviewer with 403", async () => {
    await attachSource(reviewer, claimId, contradicting);
    await updateClaim(reviewer, claimId, { version: 1, verdict: "MISLEADING", rationale: "r", correction: "c", state: "AWAITING_SIGNOFF" });
    const error = await rejection(updateClaim(reviewer, claimId, { version: 2, state: "SIGNED_OFF" }));
    expect(error.status).toBe(403);
  });

  it("reports an unknown claim as not found", async () => {
    const error = await rejection(updateClaim(reviewer, "no-such-claim", { version: 1, state: "IN_REVIEW" }));
    expect(error.status).toBe(404);
    expect((await rejection(attachSource(reviewer, "no-such-claim", contradicting))).status).toBe(404);
  });

  it("lets editors assign claims to active users only", async () => {
    await updateClaim(editor, claimId, { version: 1, assigneeEmail: reviewer.email });
    expect((await getClaimDetail(claimId))!.assignee?.email).toBe(reviewer.email);
    const unknown = await rejection(updateClaim(editor, claimId, { version: 2, assigneeEmail: "nobody@claimdesk.test" }));
    expect(unknown).toMatchObject({ code: "INVALID", fields: { assigneeEmail: expect.any(String) } });
    expect((await rejection(updateClaim(reviewer, claimId, { version: 2, assigneeEmail: reviewer.email }))).status).toBe(403);
  });
});

describe("sources and citations", () => {
  it("shares one source between claims citing the same page, whatever its spelling", async () => {
    const other = await createTestArticle("Other piece\n\nThe fund reached $3 billion in 2021.", { title: "Other" });
    await attachSource(reviewer, claimId, contradicting);
    await attachSource(reviewer, other.claims[0].id, { ...contradicting, url: "https://WWW.STATE.GOV/u-s-relations-with-pakistan#aid", stance: "CONTEXT" });
    expect(await prisma.source.count()).toBe(1);
    expect(await prisma.citation.count()).toBe(2);
  });

  it("stores the values found in the passage", async () => {
    const { citation } = await attachSource(reviewer, claimId, contradicting);
    expect(citation.values).toContainEqual(expect.objectContaining({ kind: "money", value: 200_000_000, unit: "USD" }));
  });

  it("refuses new evidence on a signed-off claim", async () => {
    await attachSource(reviewer, claimId, contradicting);
    await updateClaim(reviewer, claimId, { version: 1, verdict: "INACCURATE", rationale: "r", correction: "c", state: "AWAITING_SIGNOFF" });
    await updateClaim(editor, claimId, { version: 2, state: "SIGNED_OFF", overrideOpenFlags: "The mismatch is what the correction fixes." });
    expect((await rejection(attachSource(reviewer, claimId, contradicting))).status).toBe(409);
    expect(await prisma.citation.count({ where: { claimId } })).toBe(1);
  });

  it("adds comments to the discussion and the history", async () => {
    await addComment(reviewer, claimId, { body: "Check USAID's figure too." });
    const detail = (await getClaimDetail(claimId))!;
    expect(detail.comments).toMatchObject([{ body: "Check USAID's figure too.", author: { email: reviewer.email } }]);
    expect(detail.events.at(-1)?.type).toBe("COMMENT_ADDED");
  });

  it("answers a comment on a claim that does not exist with a 404 and writes nothing", async () => {
    expect((await rejection(addComment(reviewer, "no-such-claim", { body: "Lost?" }))).status).toBe(404);
    expect(await prisma.comment.count()).toBe(0);
    expect(await prisma.claimEvent.count({ where: { type: "COMMENT_ADDED" } })).toBe(0);
  });
});
