import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { ALL_CLAIMS, dashboardScope } from "@/lib/dashboard/scope";
import { articleProgress, overallFigures } from "@/lib/dashboard/article-progress";
import { loadQueues } from "@/lib/dashboard/queues";
import { loadWorkload, startOfWeekUtc } from "@/lib/dashboard/workload";
import { recentActivity } from "@/lib/dashboard/activity";
import { signedOffPerDay } from "@/lib/dashboard/charts-data";
import { listClaimsTable } from "@/lib/dashboard/list-claims";
import { claimsQuerySchema, parseClaimsQueryOrThrow } from "@/lib/dashboard/claims-table";
import { clearDatabase, createManyArticles, createUser } from "../factories";

let editor: SessionUser;
let reviewers: SessionUser[];
const now = new Date();

// Every claim and flag as plain rows: the figures below are recomputed from these in JavaScript,
// independently of the aggregate queries under test.
async function rawRows() {
  const claims = await prisma.claim.findMany({ include: { article: true, assignee: true } });
  const flags = await prisma.flag.findMany();
  const events = await prisma.claimEvent.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return { claims, flags, events, live: claims.filter((c) => c.suggestion === "ACCEPTED") };
}
const tally = <T>(rows: T[], key: (row: T) => string) => rows.reduce<Record<string, number>>((acc, r) => ((acc[key(r)] = (acc[key(r)] ?? 0) + 1), acc), {});
const query = (input: Record<string, string | number>) => claimsQuerySchema.parse(input);

beforeAll(async () => {
  await clearDatabase();
  editor = await createUser("EDITOR", { name: "Eddie Editor" });
  reviewers = [await createUser("REVIEWER", { name: "Ann Reviewer" }), await createUser("REVIEWER", { name: "Bo Reviewer" }), await createUser("REVIEWER", { name: "Cy Reviewer" })];
  await createManyArticles({ articles: 8, claimsPerArticle: 25, reviewers, editor, now, seed: 7 });
});

describe("dashboard figures", () => {
  it("equal the counts computed from the raw rows, overall and per article", async () => {
    const { claims, flags, live } = await rawRows();
    const overall = await overallFigures(ALL_CLAIMS);
    expect(overall.total).toBe(live.length);
    expect(overall.byState).toEqual({ UNREVIEWED: 0, IN_REVIEW: 0, AWAITING_SIGNOFF: 0, SIGNED_OFF: 0, ...tally(live, (c) => c.state) });
    expect(overall.byVerdict).toMatchObject(tally(live, (c) => c.verdict ?? "NONE"));
    const liveIds = new Set(live.map((c) => c.id));
    const open = flags.filter((f) => f.status === "OPEN" && liveIds.has(f.claimId));
    expect(overall.openFlagsBySeverity).toMatchObject(tally(open, (f) => f.severity));
    expect(overall.openFlags).toBe(open.length);
    const pending = live.filter((c) => (c.verdict === "INACCURATE" || c.verdict === "MISLEADING") && c.anchor === "ANCHORED");
    expect(overall.correctionsPending).toBe(pending.length);
    expect(overall.suggestions).toBe(claims.filter((c) => c.suggestion === "SUGGESTED").length);
    expect(overall.total + overall.suggestions).toBeLessThan(claims.length); // rejected suggestions are in no figure

    const rows = await articleProgress(ALL_CLAIMS);
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      const mine = live.filter((c) => c.article.slug === row.slug);
      expect(row.total).toBe(mine.length);
      expect(row.signedOff).toBe(mine.filter((c) => c.state === "SIGNED_OFF").length);
      expect(row.byVerdict).toMatchObject(tally(mine, (c) => c.verdict ?? "NONE"));
      const ids = new Set(mine.map((c) => c.id));
      expect(row.openFlags).toBe(open.filter((f) => ids.has(f.claimId)).length);
      expect(row.correctionsPending).toBe(pending.filter((c) => ids.has(c.id)).length);
    }
  });

  it("give a reviewer only the claims assigned to them", async () => {
    const { live } = await rawRows();
    const ann = reviewers[0];
    const scope = dashboardScope(ann);
    const mine = live.filter((c) => c.assigneeId === ann.id);
    expect((await overallFigures(scope)).total).toBe(mine.length);
    const articles = await articleProgress(scope);
    expect(new Set(articles.map((a) => a.slug))).toEqual(new Set(mine.map((c) => c.article.slug)));
    expect((await loadQueues(scope, ann.id)).map((q) => q.id)).not.toContain("unassigned");
    const table = await listClaimsTable(scope, ann.id, query({ pageSize: 100 }));
    expect(table.total).toBe(mine.length);
    expect(table.claims.every((c) => c.assignee?.email === ann.email)).toBe(true);
  });

  it("count the queues, the workload, the sign-offs per day and the recent activity like the raw rows do", async () => {
    const { live, flags, events } = await rawRows();
    const queues = Object.fromEntries((await loadQueues(ALL_CLAIMS, editor.id)).map((q) => [q.id, q]));
    expect(queues["awaiting-signoff"].total).toBe(live.filter((c) => c.state === "AWAITING_SIGNOFF").length);
    const high = new Set(flags.filter((f) => f.status === "OPEN" && f.severity === "HIGH").map((f) => f.claimId));
    expect(queues["high-flags"].total).toBe(live.filter((c) => high.has(c.id)).length);
    expect(queues.unassigned.total).toBe(live.filter((c) => !c.assigneeId && c.state !== "SIGNED_OFF").length);
    expect(queues.anchors.total).toBe(live.filter((c) => c.anchor !== "ANCHORED").length);
    expect(queues["awaiting-signoff"].items.length).toBe(Math.min(5, queues["awaiting-signoff"].total));

    const since = startOfWeekUtc(now);
    const liveIds = new Set(live.map((c) => c.id));
    for (const row of await loadWorkload(ALL_CLAIMS, now)) {
      const person = [editor, ...reviewers].find((p) => p.email === row.email)!;
      const assigned = live.filter((c) => c.assigneeId === person.id && c.state !== "SIGNED_OFF");
      expect(row.assigned).toBe(assigned.length);
      expect(row.inReview).toBe(assigned.filter((c) => c.state === "IN_REVIEW").length);
      const done = events.filter((e) => e.actorId === person.id && e.type === "STATE_CHANGED" && ["AWAITING_SIGNOFF", "SIGNED_OFF"].includes(e.toValue ?? "") && e.createdAt >= since && liveIds.has(e.claimId));
      expect(row.doneThisWeek).toBe(new Set(done.map((e) => e.claimId)).size);
    }

    const perDay = await signedOffPerDay(ALL_CLAIMS, now);
    expect(perDay).toHaveLength(30);
    const signOffs = events.filter((e) => e.type === "STATE_CHANGED" && e.toValue === "SIGNED_OFF" && liveIds.has(e.claimId));
    for (const { day, count } of perDay) expect(count, day).toBe(signOffs.filter((e) => e.createdAt.toISOString().slice(0, 10) === day).length);
    expect(perDay.reduce((s, d) => s + d.count, 0)).toBeGreaterThan(0);

    const { claims } = await rawRows();
    const notRejected = new Set(claims.filter((c) => c.suggestion !== "REJECTED").map((c) => c.id));
    const activity = await recentActivity(ALL_CLAIMS);
    expect(activity.map((a) => a.id)).toEqual(events.filter((e) => notRejected.has(e.claimId)).slice(0, 12).map((e) => e.id));
  });

  it("say the same 'done this week' on a reviewer's own dashboard as on the editor's workload table, claims assigned to others included", async () => {
    const [ann, bo] = reviewers;
    // Bo sends a claim assigned to Ann to sign-off: it is work Bo did this week.
    const annsClaim = await prisma.claim.findFirstOrThrow({ where: { assigneeId: ann.id, suggestion: "ACCEPTED" }, select: { id: true } });
    await prisma.claimEvent.create({ data: { claimId: annsClaim.id, actorId: bo.id, type: "STATE_CHANGED", field: "state", fromValue: "IN_REVIEW", toValue: "AWAITING_SIGNOFF", createdAt: now } });
    const editorsTable = await loadWorkload(ALL_CLAIMS, now);
    for (const reviewer of reviewers) {
      const [own] = await loadWorkload(dashboardScope(reviewer), now);
      expect(own, reviewer.name).toEqual(editorsTable.find((row) => row.email === reviewer.email));
    }
    expect(editorsTable.find((row) => row.email === bo.email)!.doneThisWeek).toBeGreaterThan(0);
  });
});

describe("the claims table", () => {
  it("filters by state, verdict, kind, assignee, open flags, anchor and article, and searches the wording", async () => {
    const { live, flags } = await rawRows();
    const count = async (input: Record<string, string>) => (await listClaimsTable(ALL_CLAIMS, editor.id, query({ ...input, pageSize: 100 }))).total;
    expect(await count({ state: "IN_REVIEW" })).toBe(live.filter((c) => c.state === "IN_REVIEW").length);
    expect(await count({ state: "OPEN" })).toBe(live.filter((c) => c.state !== "SIGNED_OFF").length);
    expect(await count({ verdict: "NONE" })).toBe(live.filter((c) => c.verdict === null).length);
    expect(await count({ verdict: "INACCURATE", state: "SIGNED_OFF" })).toBe(live.filter((c) => c.verdict === "INACCURATE" && c.state === "SIGNED_OFF").length);
    expect(await count({ kind: "money" })).toBe(0);
    expect(await count({ assignee: "none" })).toBe(live.filter((c) => !c.assigneeId).length);
    expect(await count({ assignee: reviewers[1].email.toUpperCase() })).toBe(live.filter((c) => c.assigneeId === reviewers[1].id).length);
    const open = new Set(flags.filter((f) => f.status === "OPEN").map((f) => f.claimId));
    expect(await count({ flags: "open" })).toBe(live.filter((c) => open.has(c.id)).length);
    expect(await count({ flags: "none" })).toBe(live.filter((c) => !open.has(c.id)).length);
    expect(await count({ anchor: "CHANGED" })).toBe(live.filter((c) => c.anchor !== "ANCHORED").length);
    expect(await count({ anchor: "ORPHANED" })).toBe(live.filter((c) => c.anchor === "ORPHANED").length);
    const slug = live[0].article.slug;
    expect(await count({ article: slug })).toBe(live.filter((c) => c.article.slug === slug).length);
    // Case-insensitive, and LIKE's wildcards match only themselves.
    const matching = live.filter((c) => c.quote.includes("tonnes of grain in 2001")).length;
    expect(matching).toBeGreaterThan(0);
    expect(await count({ q: "TONNES OF GRAIN IN 2001" })).toBe(matching);
    expect(await count({ q: "%" })).toBe(0);
  });

  it("sorts, and pages through every matching claim exactly once", async () => {
    const { live } = await rawRows();
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const result = await listClaimsTable(ALL_CLAIMS, editor.id, query({ sort: "article", order: "asc", page, pageSize: 40 }));
      expect(result.total).toBe(live.length);
      seen.push(...result.claims.map((c) => c.id));
      if (result.claims.length < 40) break;
    }
    expect(seen).toHaveLength(live.length);
    expect(new Set(seen).size).toBe(live.length);
    const titles = seen.map((id) => live.find((c) => c.id === id)!.article.title);
    expect(titles).toEqual([...titles].sort());

    const byScore = (await listClaimsTable(ALL_CLAIMS, editor.id, query({ sort: "score", order: "desc", pageSize: 100 }))).claims.map((c) => c.score);
    expect(byScore).toEqual([...byScore].sort((a, b) => b - a));
    const byAssignee = (await listClaimsTable(ALL_CLAIMS, editor.id, query({ sort: "assignee", order: "asc", pageSize: 100 }))).claims.map((c) => c.assignee?.name ?? null);
    const named = byAssignee.filter((n) => n !== null);
    expect(byAssignee.slice(0, named.length)).toEqual([...named].sort());
  });

  it("answers each claim as API.md's Claim with its article and open flags", async () => {
    const { claims } = await listClaimsTable(ALL_CLAIMS, editor.id, query({ flags: "open", pageSize: 5 }));
    expect(claims[0]).toMatchObject({ id: expect.any(String), articleSlug: expect.any(String), articleTitle: expect.any(String), version: expect.any(Number), anchor: expect.any(String) });
    expect(claims.every((c) => c.openFlags > 0)).toBe(true);
  });

  it("refuses a bad query with a 422 per field", () => {
    expect(() => parseClaimsQueryOrThrow({ pageSize: "1000" })).toThrow(AppError);
  });
});
