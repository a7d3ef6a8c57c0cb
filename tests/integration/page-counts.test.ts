import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { openFlagCounts, raiseFlag, resolveFlag } from "@/lib/flags/flags";
import { countUnread, markNotificationsRead } from "@/lib/notifications/inbox";
import { updateClaim } from "@/lib/review/update-claim";
import { listAssignablePeople } from "@/lib/users/people";
import { listCheckedBefore } from "@/lib/repeats/checked-before";
import { claimRepeatsCount } from "@/lib/review/claim-view";
import { prisma } from "@/lib/db/client";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

let editor: SessionUser;
let reviewer: SessionUser;

beforeEach(async () => {
  await clearDatabase();
  editor = await createUser("EDITOR");
  reviewer = await createUser("REVIEWER");
});

describe("the figures every reading page asks for (issue #13's raw statements)", () => {
  it("counts a claim's open flags and its high ones, leaving out settled flags and other articles", async () => {
    const article = await createTestArticle(SAMPLE_BODY);
    const other = await createTestArticle(`Elsewhere\n\n${SAMPLE_BODY}`);
    const [first, second] = article.claims;
    const before = await openFlagCounts(article.id);
    const was = (id: string) => before.get(id) ?? { open: 0, high: 0 };
    await raiseFlag(reviewer, first.id, { kind: "NUMBER_MISMATCH", severity: "HIGH", note: "The source says million." });
    await raiseFlag(reviewer, first.id, { kind: "OTHER", severity: "LOW", note: "Check the year." });
    const settled = await raiseFlag(reviewer, second.id, { kind: "OTHER", severity: "HIGH", note: "Wrong year?" });
    await resolveFlag(editor, settled.id, { status: "DISMISSED", note: "The year is right." });
    await raiseFlag(reviewer, other.claims[0].id, { kind: "OTHER", severity: "HIGH", note: "Elsewhere." });

    const counts = await openFlagCounts(article.id);
    expect(counts.get(first.id)).toEqual({ open: was(first.id).open + 2, high: was(first.id).high + 1 });
    expect(counts.get(second.id) ?? { open: 0, high: 0 }).toEqual(was(second.id));
    expect(counts.has(other.claims[0].id)).toBe(false);
  });

  it("counts a person's unread notifications only", async () => {
    const article = await createTestArticle(SAMPLE_BODY);
    expect(await countUnread(reviewer.id)).toBe(0);
    await updateClaim(editor, article.claims[0].id, { version: 1, assigneeEmail: reviewer.email });
    await updateClaim(editor, article.claims[1].id, { version: 1, assigneeEmail: reviewer.email });
    expect(await countUnread(reviewer.id)).toBe(2);
    expect(await countUnread(editor.id)).toBe(0);
    await markNotificationsRead(reviewer, { all: true });
    expect(await countUnread(reviewer.id)).toBe(0);
  });

  it("lists the people a claim can be assigned to: active ones by name, without anything private", async () => {
    await createUser("REVIEWER", { name: "Aaron Gone", disabled: true });
    await createUser("ADMIN", { name: "Zoe Admin" });
    const people = await listAssignablePeople();
    const names = people.map((p) => p.name);
    expect(names).toEqual([...names].sort());
    expect(names).toContain("Zoe Admin");
    expect(names).not.toContain("Aaron Gone");
    for (const person of people) expect(Object.keys(person).sort()).toEqual(["email", "name", "role"]);
  });

  it("answers 'checked before' from either side of a match, leaving out rejected ones", async () => {
    const earlier = await createTestArticle(SAMPLE_BODY);
    const later = await createTestArticle(`Again\n\n${SAMPLE_BODY}`);
    const [a, b] = [earlier.claims[0].id, later.claims[0].id];
    // The claim page counts them with the card's stamp and passes the count on.
    const listed = async (id: string) => listCheckedBefore(id, await claimRepeatsCount(id));
    expect(await listCheckedBefore(b)).toEqual([]);
    expect(await claimRepeatsCount(b)).toBe(0);
    expect(await listed(b)).toEqual([]);
    const match = await prisma.claimMatch.create({ data: { claimId: b, matchedClaimId: a, relation: "SAME", score: 0.9 } });
    expect((await listCheckedBefore(b)).map((m) => m.claimId)).toEqual([a]);
    expect((await listCheckedBefore(a)).map((m) => m.claimId)).toEqual([b]);
    expect(await claimRepeatsCount(b)).toBe(1);
    expect((await listed(b)).map((m) => m.claimId)).toEqual([a]);
    expect((await listed(a)).map((m) => m.claimId)).toEqual([b]);
    // The count given is trusted: none means nothing more is read.
    expect(await listCheckedBefore(b, 0)).toEqual([]);
    await prisma.claimMatch.update({ where: { id: match.id }, data: { status: "REJECTED" } });
    expect(await listCheckedBefore(b)).toEqual([]);
    expect(await listed(b)).toEqual([]);
    expect(await claimRepeatsCount("no-such-claim")).toBe(0);
  });
});
