import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { attachSource } from "@/lib/sources/attach-source";
import { editCitation, removeCitation } from "@/lib/sources/edit-citation";
import { raiseFlag, resolveFlag } from "@/lib/flags/flags";
import { getClaimDetail } from "@/lib/review/claim-detail";
import { seedDemo } from "@/prisma/seed-demo";
import { articleFindings, runArticleChecks } from "@/lib/checks/run-article-checks";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

let reviewer: SessionUser;
let claimId: string;
const source = { url: "https://www.state.gov/u-s-relations-with-pakistan/", title: "U.S. Relations With Pakistan", stance: "CONTRADICTS" as const };

beforeEach(async () => {
  await clearDatabase();
  reviewer = await createUser("REVIEWER");
  const article = await createTestArticle(SAMPLE_BODY, { title: "Flood aid" });
  claimId = article.claims.find((c) => c.quote.includes("$200 billion"))!.id;
});

const openFlags = async () => prisma.flag.findMany({ where: { claimId, status: "OPEN" } });

describe("automatic consistency checks on citations", () => {
  it("raises a HIGH NUMBER_MISMATCH naming the 1,000× gap when the source says $200 million, once", async () => {
    const { flags } = await attachSource(reviewer, claimId, { ...source, passage: "The United States has provided over $200 million in flood relief." });
    expect(flags).toMatchObject([{ kind: "NUMBER_MISMATCH", severity: "HIGH" }]);
    expect(flags[0].note).toContain("the claim is 1,000 times the source");
    await attachSource(reviewer, claimId, { ...source, passage: "The United States has provided over $200 million in flood relief." });
    // The same value contradicted again is the same flag (issue #11: it once raised a second, identical one).
    expect(await openFlags()).toHaveLength(1);
    const detail = (await getClaimDetail(claimId))!;
    expect(detail.events.filter((e) => e.type === "FLAG_RAISED").map((e) => e.actor)).toEqual([null]);
  });

  it("two contradicting sources attached at the same moment raise one flag, not two (PostgreSQL runs them side by side)", async () => {
    const other = await createUser("REVIEWER");
    await Promise.all([
      attachSource(reviewer, claimId, { ...source, passage: "The United States has provided over $200 million in flood relief." }),
      attachSource(other, claimId, { url: "https://example.org/flood-aid", title: "Flood aid tally", stance: "CONTRADICTS", passage: "Washington gave $200 million after the floods." }),
    ]);
    const flags = await openFlags();
    expect(flags).toHaveLength(1);
    expect(flags[0].kind).toBe("NUMBER_MISMATCH");
  });

  it("raises nothing when the source agrees", async () => {
    const { flags } = await attachSource(reviewer, claimId, { ...source, stance: "SUPPORTS", passage: "Aid now amounts to more than $200 billion, officials said." });
    expect(flags).toEqual([]);
  });

  it("resolves the flag itself, with a note, when its cause is gone", async () => {
    const { citation } = await attachSource(reviewer, claimId, { ...source, passage: "over $200 million in flood relief" });
    await editCitation(reviewer, citation.id, { passage: "more than $200 billion in flood relief" });
    const [flag] = await prisma.flag.findMany({ where: { claimId } });
    expect(flag).toMatchObject({ status: "RESOLVED", resolutionNote: expect.stringContaining("now agree") });

    await editCitation(reviewer, citation.id, { passage: "over $200 million in flood relief" });
    expect(await prisma.flag.count({ where: { claimId } })).toBe(1);
    expect(await openFlags()).toHaveLength(1);

    await removeCitation(reviewer, citation.id);
    expect(await prisma.flag.findFirst({ where: { claimId } })).toMatchObject({ status: "RESOLVED", resolutionNote: expect.stringContaining("removed") });
    const types = (await getClaimDetail(claimId))!.events.map((e) => e.type);
    expect(types).toEqual(["CLAIM_CREATED", "CITATION_ADDED", "FLAG_RAISED", "CITATION_EDITED", "FLAG_RESOLVED", "CITATION_EDITED", "FLAG_RAISED", "CITATION_REMOVED", "FLAG_RESOLVED"]);
  });
});

describe("flags raised and closed by people", () => {
  it("records who raised and who resolved, and refuses closing twice", async () => {
    const flag = await raiseFlag(reviewer, claimId, { kind: "ATTRIBUTION", severity: "MEDIUM", note: "Who said this?" });
    const editor = await createUser("EDITOR");
    await resolveFlag(editor, flag.id, { status: "DISMISSED", note: "Attribution is in the next sentence." });
    const again = await resolveFlag(reviewer, flag.id, { status: "RESOLVED", note: "x" }).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: "CONFLICT" });
    const stored = await prisma.flag.findUniqueOrThrow({ where: { id: flag.id } });
    expect(stored).toMatchObject({ status: "DISMISSED", raisedById: reviewer.id, resolvedById: editor.id, automatic: false });
  });
});

describe("in-article checks on the demo article", () => {
  it("flags the swapped acronym and the misspelled credit line, and the flood-aid mismatch", async () => {
    await clearDatabase();
    await seedDemo();
    const flags = await prisma.flag.findMany({ where: { status: "OPEN" }, select: { kind: true, severity: true, articleSays: true, evidenceSays: true, claim: { select: { quote: true } } } });
    expect(flags).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "NAME_OR_SPELLING", articleSays: "TPP", evidenceSays: "TTP" }),
        expect.objectContaining({ kind: "NAME_OR_SPELLING", articleSays: "Departmemt", evidenceSays: "Department" }),
        expect.objectContaining({ kind: "NUMBER_MISMATCH", severity: "HIGH", articleSays: "more than $200 billion", evidenceSays: "over $200 million" }),
      ]),
    );
    expect(flags.find((f) => f.articleSays === "TPP")!.claim.quote).toContain("sanctions against the TPP");
    // The $12 billion figure is in the Census passage too: context, not a mismatch.
    expect(flags.filter((f) => f.kind === "NUMBER_MISMATCH")).toHaveLength(1);
  });
});

describe("in-article checks found before their transaction (a large import)", () => {
  const misspelled = "The State Department said on Monday. The State Department repeated it on Tuesday. The State Department added more. The State Departmemt closed.";

  it("uses findings made from the article's own text: the same flags as finding them in the transaction", async () => {
    const article = await createTestArticle(misspelled, { title: "Spelling" });
    const stored = await prisma.article.findUniqueOrThrow({ where: { id: article.id }, select: { body: true, publishedAt: true } });
    await prisma.flag.deleteMany({ where: { claim: { articleId: article.id } } });
    const raised = await prisma.$transaction((tx) => runArticleChecks(tx, article.id, articleFindings(stored.body, stored.publishedAt)));
    expect(raised).toEqual([expect.objectContaining({ kind: "NAME_OR_SPELLING", articleSays: "Departmemt", evidenceSays: "Department" })]);
  });

  it("ignores findings made from another text, and checks the article's own", async () => {
    const article = await prisma.claim.findUniqueOrThrow({ where: { id: claimId }, select: { articleId: true } }).then((c) => ({ id: c.articleId }));
    const before = await prisma.flag.findMany({ where: { claim: { articleId: article.id }, status: "OPEN" }, select: { id: true, checkKey: true } });
    const other = articleFindings(misspelled, null);
    expect(other.variants).not.toEqual([]);
    const raised = await prisma.$transaction((tx) => runArticleChecks(tx, article.id, other));
    expect(raised).toEqual([]);
    expect(await prisma.flag.findMany({ where: { claim: { articleId: article.id }, status: "OPEN" }, select: { id: true, checkKey: true } })).toEqual(before);
  });
});

describe("one automatic flag per claim and value (issue #11)", () => {
  it("a second contradicting source joins the open flag instead of raising an identical one", async () => {
    await attachSource(reviewer, claimId, { ...source, passage: "The United States has provided over $200 million in flood relief." });
    const second = await attachSource(reviewer, claimId, {
      url: "https://www.usaid.gov/pakistan/flood-response",
      title: "USAID Pakistan flood response",
      passage: "USAID has provided more than $215 million for flood relief.",
      stance: "CONTRADICTS",
    });
    expect(second.flags).toEqual([]);
    const open = await openFlags();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ kind: "NUMBER_MISMATCH", severity: "HIGH" });
    expect(open[0].note).toContain("2 sources say otherwise");
    expect(open[0].note).toContain("U.S. Relations With Pakistan");
    expect(open[0].note).toContain("USAID Pakistan flood response");

    // Removing one source leaves the flag open on the other; removing both resolves it.
    await removeCitation(reviewer, second.citation.id);
    const [still] = await openFlags();
    expect(still.note).not.toContain("USAID");
    expect(await prisma.flag.count({ where: { claimId } })).toBe(1);
  });
});

describe("the dashboard after two sources contradict one value (issue #11)", () => {
  it("counts one high-severity open flag, as many as its queue lists", async () => {
    const { overallFigures } = await import("@/lib/dashboard/article-progress");
    const { loadQueues } = await import("@/lib/dashboard/queues");
    const { ALL_CLAIMS } = await import("@/lib/dashboard/scope");
    await attachSource(reviewer, claimId, { ...source, passage: "The United States has provided over $200 million in flood relief." });
    await attachSource(reviewer, claimId, { url: "https://www.usaid.gov/pakistan", title: "USAID Pakistan", passage: "USAID has given $215 million.", stance: "CONTRADICTS" });
    const figures = await overallFigures(ALL_CLAIMS);
    const queue = (await loadQueues(ALL_CLAIMS, reviewer.id)).find((q) => q.id === "high-flags")!;
    expect(figures.openFlagsBySeverity.HIGH).toBe(1);
    expect(queue.total).toBe(1);
  });
});
