import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { claimView } from "@/lib/review/claim-view";
import { getClaimDetail } from "@/lib/review/claim-detail";
import { updateClaim } from "@/lib/review/update-claim";
import { addComment } from "@/lib/review/add-comment";
import { attachSource } from "@/lib/sources/attach-source";
import { editCitation, removeCitation } from "@/lib/sources/edit-citation";
import { raiseFlag, resolveFlag } from "@/lib/flags/flags";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

let editor: SessionUser;
let reviewer: SessionUser;
let claimId: string;

beforeEach(async () => {
  await clearDatabase();
  editor = await createUser("EDITOR");
  reviewer = await createUser("REVIEWER", { name: "Rita Checker" });
  claimId = (await createTestArticle(SAMPLE_BODY)).claims[0].id;
});

const card = async () => (await claimView(claimId))!;
const source = { url: "https://www.state.gov/u-s-relations-with-pakistan/", title: "U.S. Relations With Pakistan", stance: "SUPPORTS" as const };

describe("the claim page's card is kept in memory but never stale (issue #13)", () => {
  it("is served from memory while nothing changed", async () => {
    const first = await card();
    expect(await card()).toBe(first);
    expect(await claimView("no-such-claim")).toBeNull();
  });

  it("shows a new state and assignee, a comment, and their history lines at once", async () => {
    const before = await card();
    await updateClaim(editor, claimId, { version: 1, state: "IN_REVIEW", assigneeEmail: reviewer.email });
    expect(await card()).toMatchObject({ state: "IN_REVIEW", assignee: { name: "Rita Checker" } });
    await addComment(reviewer, claimId, { body: "Looking for the USAID figures." });
    const after = await card();
    expect(after.comments.map((c) => c.body)).toEqual(["Looking for the USAID figures."]);
    expect(after.events.length).toBeGreaterThan(before.events.length);
  });

  it("shows a citation attached, edited and removed", async () => {
    await card();
    const { citation } = await attachSource(reviewer, claimId, { ...source, passage: "More than $200 billion in aid since 1947." });
    expect((await card()).citations.map((c) => c.stance)).toEqual(["SUPPORTS"]);
    await editCitation(reviewer, citation.id, { stance: "CONTRADICTS" });
    expect((await card()).citations.map((c) => c.stance)).toEqual(["CONTRADICTS"]);
    await removeCitation(reviewer, citation.id);
    expect((await card()).citations).toEqual([]);
  });

  it("shows a flag raised and settled, and a colleague's new name", async () => {
    await updateClaim(editor, claimId, { version: 1, assigneeEmail: reviewer.email });
    await card();
    const flag = await raiseFlag(reviewer, claimId, { kind: "OTHER", severity: "HIGH", note: "Which year?" });
    expect((await card()).flags.find((f) => f.id === flag.id)).toMatchObject({ status: "OPEN", raisedBy: { name: "Rita Checker" } });
    await resolveFlag(editor, flag.id, { status: "RESOLVED", note: "2022, as written." });
    expect((await card()).flags.find((f) => f.id === flag.id)).toMatchObject({ status: "RESOLVED", resolutionNote: "2022, as written." });
    await prisma.user.update({ where: { id: reviewer.id }, data: { name: "Rita Checker-Khan" } });
    expect((await card()).flags.find((f) => f.id === flag.id)).toMatchObject({ raisedBy: { name: "Rita Checker-Khan" } });
  });
});

describe("the claim card's parts, read in plain SQL, have the same shape on both databases", () => {
  const isoDate = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

  it("names the people, the source and its latest check, and keeps every date and flag as its type", async () => {
    await updateClaim(editor, claimId, { version: 1, assigneeEmail: reviewer.email });
    const { citation } = await attachSource(reviewer, claimId, { ...source, passage: "More than $200 billion in aid since 1947." });
    const removed = (await attachSource(reviewer, claimId, { ...source, url: "https://example.org/old", passage: "Withdrawn." })).citation;
    await removeCitation(reviewer, removed.id);
    const sourceId = (await prisma.citation.findUniqueOrThrow({ where: { id: citation.id }, select: { sourceId: true } })).sourceId;
    const snapshot = await prisma.snapshot.create({ data: { sourceId, origin: "PASTED", text: "page", original: Buffer.from("page"), sha256: "h1", contentType: "text/plain", retrievedAt: new Date() } });
    const older = new Date(Date.now() - 60_000);
    await prisma.sourceCheck.create({ data: { sourceId, snapshotId: snapshot.id, status: "UNCHANGED", checkedAt: older } });
    await prisma.sourceCheck.create({ data: { sourceId, snapshotId: snapshot.id, status: "PASSAGES_MISSING", missingCitationIds: JSON.stringify([citation.id]) } });
    await raiseFlag(reviewer, claimId, { kind: "OTHER", severity: "LOW", note: "Which year?" });
    await addComment(reviewer, claimId, { body: "First." });
    await addComment(editor, claimId, { body: "Second." });

    const detail = await card();
    expect(detail.assignee).toEqual({ email: reviewer.email, name: "Rita Checker" });
    expect(detail.citations).toHaveLength(1);
    expect(detail.citations[0]).toMatchObject({
      id: citation.id,
      stance: "SUPPORTS",
      createdBy: { name: "Rita Checker", email: reviewer.email },
      source: { id: sourceId, url: "https://www.state.gov/u-s-relations-with-pakistan", title: source.title, publisher: null },
      snapshot: null,
      check: { status: "PASSAGES_MISSING", passageMissing: true },
    });
    expect(detail.citations[0].values.map((v) => v.kind)).toContain("money");
    // The citation's own check raised one flag (automatic, nobody's); the reviewer raised the other.
    expect(detail.flags.find((f) => f.kind === "OTHER")).toMatchObject({ severity: "LOW", status: "OPEN", automatic: false, raisedBy: { name: "Rita Checker" } });
    expect(detail.flags.find((f) => f.kind !== "OTHER")).toMatchObject({ automatic: true, raisedBy: null });
    expect(detail.comments.map((c) => [c.body, c.author.email])).toEqual([
      ["First.", reviewer.email],
      ["Second.", editor.email],
    ]);
    expect(detail.events.every((e) => e.actor === null || typeof e.actor.name === "string")).toBe(true);
    const dates = [detail.createdAt, detail.updatedAt, detail.citations[0].createdAt, detail.citations[0].check!.checkedAt, detail.flags[0].createdAt, ...detail.comments.map((c) => c.createdAt), ...detail.events.map((e) => e.createdAt)];
    for (const date of dates) expect(date).toMatch(isoDate);
    expect(detail.events.map((e) => e.createdAt)).toEqual(detail.events.map((e) => e.createdAt).sort());
  });
});

describe("a kept card brought up to date part by part (issue #13)", () => {
  const whole = async () => (await getClaimDetail(claimId))!;

  it("reads again only what changed, and ends up the same as a card read whole", async () => {
    const first = await card();
    await addComment(reviewer, claimId, { body: "Checking the 1947 figure." });
    const afterComment = await card();
    expect(afterComment.comments.map((c) => c.body)).toEqual(["Checking the 1947 figure."]);
    // The parts a comment does not touch are the very objects kept before.
    expect(afterComment.citations).toBe(first.citations);
    expect(afterComment.flags).toBe(first.flags);
    await attachSource(reviewer, claimId, { ...source, passage: "More than $200 billion in aid since 1947." });
    await updateClaim(editor, claimId, { version: (await card()).version, state: "IN_REVIEW", assigneeEmail: reviewer.email });
    await addComment(editor, claimId, { body: "Second look." });
    const refreshed = await card();
    expect(refreshed.comments).toBe((await card()).comments);
    expect(JSON.parse(JSON.stringify(refreshed))).toEqual(JSON.parse(JSON.stringify(await whole())));
  });

  it("shows a comment and a history line written late with an earlier time than the kept ones", async () => {
    await addComment(reviewer, claimId, { body: "Now." });
    await card();
    // As another instance whose clock is behind, or a transaction that committed after a later one, would write them.
    const earlier = new Date(Date.now() - 60_000);
    await prisma.comment.create({ data: { claimId, authorId: editor.id, body: "Written a minute ago.", createdAt: earlier } });
    await prisma.claimEvent.create({ data: { claimId, actorId: editor.id, type: "COMMENT_ADDED", createdAt: earlier } });
    const refreshed = await card();
    expect(refreshed.comments.map((c) => c.body)).toEqual(["Written a minute ago.", "Now."]);
    expect(JSON.parse(JSON.stringify(refreshed))).toEqual(JSON.parse(JSON.stringify(await whole())));
  });
});
