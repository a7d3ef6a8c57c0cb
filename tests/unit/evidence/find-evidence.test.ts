import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "@/lib/documents/extract-document";
import { EvidenceIndex, findEvidence, indexSnapshot } from "@/lib/evidence";
import { parseAllowList } from "@/lib/fetch/allow-list";
import { safeFetch } from "@/lib/fetch/safe-fetch";
import { claimOf } from "@/tests/fixtures/evidence/accuracy";

// The acceptance story without the database: the demo article's flood-aid claim has no evidence; one
// fetched document (a fact sheet served here on 127.0.0.1) becomes a snapshot, and the finder's first passage is
// the contradicting one, ready to cite with one click.

const FACT_SHEET = fs.readFileSync(path.join(__dirname, "../../fixtures/evidence/documents/pk-flood-fact-sheet.html"));
let server: http.Server;
let base: string;
let allow: ReturnType<typeof parseAllowList>;

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(FACT_SHEET);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  allow = parseAllowList(`127.0.0.1:${port}`);
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const floodClaim = () => claimOf("centrality-of-security-pakistan-us", 23);

describe("the flood-aid claim, from no evidence to a contradicting passage", () => {
  it("fetches, extracts, indexes and finds the passage that contradicts the claim first", async () => {
    const index = new EvidenceIndex();
    expect(findEvidence(index, floodClaim())).toEqual([]);

    const fetched = await safeFetch(`${base}/pakistan-floods`, { allow });
    const doc = await extractDocument(fetched.bytes);
    expect(doc).toMatchObject({ kind: "html", title: "U.S. Flood Assistance to Pakistan", publisher: "Office of Foreign Assistance", publishedAt: "2023-08-29" });
    index.add(indexSnapshot({ snapshotId: "snap-1", sourceId: "source-1", text: doc.text }), doc.text);

    const [first] = findEvidence(index, floodClaim());
    expect(first).toMatchObject({ snapshotId: "snap-1", sourceId: "source-1", match: "NEAR_MISS", suggestedStance: "CONTRADICTS" });
    expect(first.quote).toContain("more than $200 million in flood relief");
    expect(first.quote).toBe(doc.text.slice(first.start, first.end));
    expect(doc.text.slice(first.start - first.prefix.length, first.start)).toBe(first.prefix);
    expect(doc.text.slice(first.end, first.end + first.suffix.length)).toBe(first.suffix);
    expect(first.reason).toMatch(/“more than \$200 million” where the claim says “more than \$200 billion”.*1,000 times/);
    expect(first.values.some((v) => v.kind === "money" && v.value === 200_000_000)).toBe(true);
    // Boilerplate (navigation, footer) never became a passage.
    expect(doc.text).not.toMatch(/Privacy policy|Sign up for updates/);
  });
});

describe("findEvidence", () => {
  const a = "Pakistan floods\n\nThe United States has provided $200 million in flood aid to Pakistan.";
  const b = "Annual report\n\nIn 2022 the United States provided $200 billion in flood aid to Pakistan, the report claims.";

  function desk() {
    const index = new EvidenceIndex();
    index.add(indexSnapshot({ snapshotId: "a", sourceId: "sa", text: a }), a);
    index.add(indexSnapshot({ snapshotId: "b", sourceId: "sb", text: b }), b);
    return index;
  }

  it("ranks across the desk, the same value before a near miss, with stances", () => {
    const results = findEvidence(desk(), { quote: "The U.S. flood aid to Pakistan amounts to $200 billion.", kind: "money" });
    expect(results.slice(0, 2).map((r) => [r.snapshotId, r.match, r.suggestedStance])).toEqual([
      ["b", "SAME", "SUPPORTS"],
      ["a", "NEAR_MISS", "CONTRADICTS"],
    ]);
    expect(results[0].score).toBeGreaterThan(results[1].score);
    expect(results.every((r) => r.score >= 0 && r.score <= 1)).toBe(true);
  });

  it("keeps to one snapshot when asked, and forgets a removed one", () => {
    const index = desk();
    expect(new Set(findEvidence(index, { quote: "flood aid to Pakistan of $200 billion" }, { snapshotId: "a" }).map((r) => r.snapshotId))).toEqual(new Set(["a"]));
    index.remove("b");
    expect(findEvidence(index, { quote: "flood aid to Pakistan of $200 billion" }).map((r) => r.snapshotId)).not.toContain("b");
    expect(findEvidence(index, { quote: "flood aid" }, { snapshotId: "missing" })).toEqual([]);
  });

  it("uses the claim's stored values when given, instead of reading the quote again", () => {
    const results = findEvidence(desk(), {
      quote: "which now amounts to that figure",
      context: "Flood aid from the United States to Pakistan now amounts to that figure.",
      values: [{ kind: "money", value: 200_000_000, unit: "USD", text: "$200 million" }],
      kind: "money",
    });
    expect(results[0]).toMatchObject({ snapshotId: "a", match: "SAME" });
  });

  it("calls a near miss only on what the claim is about: a date slip beside another figure is no contradiction", () => {
    const text = "Long-term unemployment was 1.1 million in March 2022.\n\nThe rate of long-term unemployment has ranged widely since March 2022.";
    const index = new EvidenceIndex();
    index.add(indexSnapshot({ snapshotId: "d", sourceId: "sd", text }), text);
    const results = findEvidence(index, { quote: "Long-term unemployment was little changed at 1.1 million in March 2023.", kind: "number" });
    const byStart = new Map(results.map((r) => [r.start, r]));
    // The same 1.1 million with the year slipped: a near miss. The year alone, without the figure: related.
    expect(byStart.get(0)).toMatchObject({ match: "NEAR_MISS", suggestedStance: "CONTRADICTS" });
    expect(byStart.get(text.indexOf("The rate"))?.match).toBe("RELATED");
  });

  it("suggests support only for the claim's main value, not for its year alone", () => {
    const text = "In 2022 the floods covered Pakistan and the United States sent flood aid.";
    const index = new EvidenceIndex();
    index.add(indexSnapshot({ snapshotId: "e", sourceId: "se", text }), text);
    const [result] = findEvidence(index, { quote: "In 2022 the United States sent $200 million in flood aid to Pakistan.", kind: "money" });
    expect(result).toMatchObject({ match: "RELATED", suggestedStance: null });
  });

  it("calls a passage on the subject without the claim's values related, with no stance", () => {
    const text = "Flood aid to Pakistan was discussed at length by the two governments.";
    const index = new EvidenceIndex();
    index.add(indexSnapshot({ snapshotId: "c", sourceId: "sc", text }), text);
    const [result] = findEvidence(index, { quote: "Flood aid to Pakistan reached $200 billion." });
    expect(result).toMatchObject({ match: "RELATED", suggestedStance: null });
    expect(result.reason).toMatch(/shares the key words/);
  });
});
