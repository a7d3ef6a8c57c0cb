import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { claimView } from "@/lib/review/claim-view";
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
