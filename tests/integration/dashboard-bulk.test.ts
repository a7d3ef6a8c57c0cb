import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { runBulkAction } from "@/lib/dashboard/bulk";
import { loadDashboard } from "@/lib/dashboard/summary";
import { deskStampOnce } from "@/lib/dashboard/cache";
import { updateClaim } from "@/lib/review/update-claim";
import { clearDatabase, createManyArticles, createUser } from "../factories";

let editor: SessionUser;
let reviewers: SessionUser[];

beforeAll(async () => {
  await clearDatabase();
  editor = await createUser("EDITOR", { name: "Eddie Editor" });
  reviewers = [await createUser("REVIEWER", { name: "Ann Reviewer" }), await createUser("REVIEWER", { name: "Bo Reviewer" }), await createUser("REVIEWER", { name: "Cy Reviewer" })];
  await createManyArticles({ articles: 6, claimsPerArticle: 20, reviewers, editor, seed: 11 });
});

describe("bulk actions", () => {
  async function unreviewed(n: number, where: Record<string, unknown> = {}) {
    return prisma.claim.findMany({ where: { suggestion: "ACCEPTED", state: "UNREVIEWED", ...where }, take: n, orderBy: { id: "asc" }, select: { id: true, version: true, assigneeId: true } });
  }

  it("assign each claim through its own version check: a stale one is refused with 409, the others done", async () => {
    const [a, b, c] = await unreviewed(3, { assigneeId: null });
    await updateClaim(editor, c.id, { version: c.version, state: "IN_REVIEW" }); // someone moved c after the page was drawn
    const results = await runBulkAction(editor, { action: "assign", assigneeEmail: reviewers[2].email, claims: [a, b, c].map(({ id, version }) => ({ id, version })) });
    expect(results.map((r) => [r.id, r.ok, r.status])).toEqual([
      [a.id, true, 200],
      [b.id, true, 200],
      [c.id, false, 409],
    ]);
    expect(results[0]).toMatchObject({ message: `Assigned to ${reviewers[2].name}.`, quote: expect.any(String) });
    expect(results[2].message).toContain(editor.name);
    const after = await prisma.claim.findMany({ where: { id: { in: [a.id, b.id, c.id] } }, select: { id: true, assigneeId: true } });
    expect(Object.fromEntries(after.map((r) => [r.id, r.assigneeId]))).toEqual({ [a.id]: reviewers[2].id, [b.id]: reviewers[2].id, [c.id]: null });
    expect(await prisma.claimEvent.count({ where: { claimId: { in: [a.id, b.id] }, type: "ASSIGNED", actorId: editor.id } })).toBe(2);
  });

  it("change state within each claim's rules, and report each refusal with its reason", async () => {
    const [a, b] = await unreviewed(2);
    const results = await runBulkAction(editor, { action: "state", state: "AWAITING_SIGNOFF", claims: [a, b, { id: "no-such-claim", version: 1 }].map(({ id, version }) => ({ id, version })) });
    expect(results.map((r) => [r.ok, r.status])).toEqual([
      [false, 422],
      [false, 422],
      [false, 404],
    ]);
    expect(results[0].message).toBe("Propose a verdict before the claim goes to sign-off.");
    const moved = await runBulkAction(editor, { action: "state", state: "IN_REVIEW", claims: [{ id: a.id, version: a.version }] });
    expect(moved).toEqual([{ id: a.id, ok: true, status: 200, message: "Moved to In review.", quote: expect.any(String) }]);
  });

  it("keep a reviewer to their own claims and to the moves their role may make", async () => {
    const ann = reviewers[0];
    await expect(runBulkAction(ann, { action: "assign", assigneeEmail: ann.email, claims: [{ id: "x", version: 1 }] })).rejects.toMatchObject({ status: 403 });
    const [own] = await unreviewed(1, { assigneeId: ann.id });
    const [other] = await unreviewed(1, { assigneeId: reviewers[1].id });
    const awaiting = await prisma.claim.findFirstOrThrow({ where: { suggestion: "ACCEPTED", state: "AWAITING_SIGNOFF", assigneeId: ann.id }, select: { id: true, version: true } });
    const started = await runBulkAction(ann, { action: "state", state: "IN_REVIEW", claims: [own, other].map(({ id, version }) => ({ id, version })) });
    expect(started.map((r) => [r.ok, r.status, r.message])).toEqual([
      [true, 200, "Moved to In review."],
      [false, 403, "This claim is not assigned to you."],
    ]);
    const signOff = await runBulkAction(ann, { action: "state", state: "SIGNED_OFF", claims: [awaiting] });
    expect(signOff[0]).toMatchObject({ ok: false, status: 403, message: "Only editors and admins may sign off." });
  });

  it("show on the dashboard at once: its figures are recomputed when the history moves", async () => {
    const before = await loadDashboard(editor);
    const again = await loadDashboard(editor);
    expect(again.generatedAt).toBe(before.generatedAt); // nothing changed: the same figures
    const [claim] = await unreviewed(1);
    await runBulkAction(editor, { action: "state", state: "IN_REVIEW", claims: [claim] });
    const after = await loadDashboard(editor);
    expect(after.overall.byState.IN_REVIEW).toBe(before.overall.byState.IN_REVIEW + 1);
    expect(after.activity[0]).toMatchObject({ type: "STATE_CHANGED", claim: { id: claim.id } });
  });

  it("a stamp read once for a page's several parts is read before a change, and the next visit sees the change", async () => {
    const visit = deskStampOnce();
    expect(visit()).toBe(visit()); // one read, however often asked
    const before = await loadDashboard(editor, { deskStamp: visit });
    const [claim] = await unreviewed(1);
    await runBulkAction(editor, { action: "state", state: "IN_REVIEW", claims: [claim] });
    const sameVisit = await loadDashboard(editor, { deskStamp: visit });
    expect(sameVisit.generatedAt).toBe(before.generatedAt); // the visit's stamp was read before the change
    const nextVisit = await loadDashboard(editor, { deskStamp: deskStampOnce() });
    expect(nextVisit.overall.byState.IN_REVIEW).toBe(before.overall.byState.IN_REVIEW + 1);
  });
});
