import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { updateClaim } from "@/lib/review/update-claim";
import { attachSource } from "@/lib/sources/attach-source";
import { raiseFlag } from "@/lib/flags/flags";
import { getClaimDetail } from "@/lib/review/claim-detail";
import { loadArticleReport } from "@/lib/reports/load-report";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

let reviewer: SessionUser;
let editor: SessionUser;
let claimId: string;
let slug: string;

beforeEach(async () => {
  await clearDatabase();
  reviewer = await createUser("REVIEWER");
  editor = await createUser("EDITOR");
  const article = await createTestArticle(SAMPLE_BODY, { title: "Flood aid" });
  slug = article.slug;
  claimId = article.claims.find((c) => c.quote.includes("$200 billion"))!.id;
  // The $200 million source raises a HIGH number mismatch that stays open.
  await attachSource(reviewer, claimId, {
    url: "https://www.state.gov/u-s-relations-with-pakistan/",
    title: "U.S. Relations With Pakistan",
    passage: "The United States has provided over $200 million in flood relief.",
    stance: "CONTRADICTS",
  });
  await updateClaim(reviewer, claimId, { version: 1, state: "AWAITING_SIGNOFF", verdict: "INACCURATE", rationale: "Hundreds of millions, not billions.", correction: "more than $200 million" });
});

const version = async () => (await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).version;

describe("sign-off with open flags", () => {
  it("refuses with 422 naming the open flag on fields.state, and changes nothing", async () => {
    const error = await updateClaim(editor, claimId, { version: await version(), state: "SIGNED_OFF" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).fields?.state).toContain("High number mismatch");
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).state).toBe("AWAITING_SIGNOFF");
  });

  it("signs off with the editor's reason, which the history and the report keep", async () => {
    const reason = "The mismatch is the error this correction fixes.";
    await updateClaim(editor, claimId, { version: await version(), state: "SIGNED_OFF", overrideOpenFlags: reason });
    const detail = (await getClaimDetail(claimId))!;
    const signed = detail.events.find((e) => e.type === "STATE_CHANGED" && e.to === "SIGNED_OFF")!;
    expect(signed.detail).toMatchObject({ overrideOpenFlags: reason, openFlags: [expect.stringContaining("High number mismatch")] });

    const report = await loadArticleReport(slug, { appUrl: "https://desk.example.org" });
    const [correction] = report.articles[0].corrections;
    expect(correction.signOffOverride).toBe(reason);
    expect(correction.whatIsWrong).not.toContain("(high, open)");
    expect(correction.whatIsWrong).toContain(`signed off over it because “${reason}”`);
  });

  it("names every open high flag once and oldest first, beside a low one and two contradicting sources", async () => {
    await raiseFlag(reviewer, claimId, { kind: "MISQUOTE", severity: "HIGH", note: "The minister said millions." });
    await raiseFlag(reviewer, claimId, { kind: "OTHER", severity: "LOW", note: "Not a blocker." });
    await attachSource(reviewer, claimId, { url: "https://example.org/second", title: "Second", passage: "Aid reached $200 million.", stance: "CONTRADICTS" });
    const refused = (await updateClaim(editor, claimId, { version: await version(), state: "SIGNED_OFF" }).catch((e: unknown) => e)) as AppError;
    expect(refused.fields?.state).toMatch(/^2 high-severity flags are still open: High number mismatch .*; High misquote\./);
    expect(refused.fields?.state).not.toContain("Not a blocker");

    await updateClaim(editor, claimId, { version: await version(), state: "SIGNED_OFF", overrideOpenFlags: "Both are what the correction fixes." });
    const signed = (await getClaimDetail(claimId))!.events.find((e) => e.type === "STATE_CHANGED" && e.to === "SIGNED_OFF")!;
    expect(signed.detail).toMatchObject({ openFlags: [expect.stringContaining("High number mismatch"), expect.stringContaining("misquote")] });
  });
});
