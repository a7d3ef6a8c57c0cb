import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

// The evidence cache keeps snapshot texts within CLAIMDESK_EVIDENCE_TEXT_MB; texts it dropped are read from the
// database when a query quotes them, and the passages found are the same. The budget here (4 KB) holds one of the
// three documents at a time, so every query needs texts the cache no longer has.

let modules: {
  pasteSource: typeof import("@/lib/snapshots/add-source").pasteSource;
  findClaimEvidence: typeof import("@/lib/snapshots/find-claim-evidence").findClaimEvidence;
  deskEvidenceMemory: typeof import("@/lib/snapshots/evidence-cache").deskEvidenceMemory;
};
let reviewer: SessionUser;
let claimId: string;

const document = (n: number) =>
  [
    `Report ${n} on flood relief.`,
    `The United States provided $${200 + n} million in flood aid to Pakistan in 2022, the agency said.`,
    ...Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of report ${n} describes shelters, clean water and road repairs in district ${i + n}.`),
  ].join("\n\n");

beforeAll(async () => {
  // Read once, when the cache is first made: set before the modules load.
  process.env.CLAIMDESK_EVIDENCE_TEXT_MB = String(4 / 1024);
  modules = {
    pasteSource: (await import("@/lib/snapshots/add-source")).pasteSource,
    findClaimEvidence: (await import("@/lib/snapshots/find-claim-evidence")).findClaimEvidence,
    deskEvidenceMemory: (await import("@/lib/snapshots/evidence-cache")).deskEvidenceMemory,
  };
  await clearDatabase();
  reviewer = await createUser("REVIEWER");
  const article = await createTestArticle(SAMPLE_BODY, { title: "Flood aid" });
  claimId = article.claims.find((c) => c.quote.includes("$200 billion"))!.id;
});

describe("snapshot texts held by an instance", () => {
  it("stay within the budget, and passages quoted from texts it dropped are read back from the database", async () => {
    const kept = [];
    for (const n of [1, 2, 3]) kept.push(await modules.pasteSource(reviewer, { text: document(n), title: `Report ${n}`, publisher: null, url: null }));
    const { passages } = await modules.findClaimEvidence(reviewer, claimId);
    const memory = modules.deskEvidenceMemory();
    expect(memory.snapshots).toBe(3);
    expect(memory.textBytes).toBeLessThanOrEqual(memory.textBudget);
    expect(memory.textsKept).toBeLessThan(3);
    // Each report's aid sentence is found and quoted exactly, whichever texts the cache held.
    const aid = passages.filter((p) => p.quote.includes("million in flood aid"));
    expect(new Set(aid.map((p) => p.snapshotId))).toEqual(new Set(kept.map((k) => k.snapshot.id)));
    for (const p of aid) expect(p.quote).toMatch(/^The United States provided \$20[123] million in flood aid to Pakistan in 2022/);
  });
});
