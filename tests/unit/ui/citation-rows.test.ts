import { describe, expect, it } from "vitest";
import { toCitationRows } from "@/app/ui/citation-rows";
import type { ClaimDetail } from "@/lib/review/claim-detail";

const citation: ClaimDetail["citations"][number] = {
  id: "t1",
  passage: "Aid reached $200 million in 2023.",
  stance: "CONTRADICTS",
  values: [{ text: "$200 million", kind: "money", value: 200_000_000, unit: "USD" }],
  createdAt: "2026-12-01T10:00:00.000Z",
  createdBy: { name: "Rita Reviewer", email: "reviewer@claimdesk.test" },
  source: { id: "s1", url: "https://example.org/aid", title: "Aid report", publisher: "Example", kind: "WEB" },
  snapshot: { id: "n1", retrievedAt: "2026-12-01T09:00:00.000Z", prefix: "In short, ", suffix: " Officials said" },
  check: { status: "OK", checkedAt: "2026-12-02T09:00:00.000Z", passageMissing: false },
};

describe("the evidence list's rows", () => {
  it("keep what the list shows: stance, passage, source, snapshot, check and the values in words", () => {
    const [row] = toCitationRows([citation]);
    expect(row).toEqual({
      id: "t1",
      stance: "CONTRADICTS",
      passage: "Aid reached $200 million in 2023.",
      source: { id: "s1", url: "https://example.org/aid", title: "Aid report", publisher: "Example" },
      snapshot: citation.snapshot,
      check: citation.check,
      values: expect.stringContaining("200"),
    });
  });

  it("leave out who attached it and when, which the list does not show (the history does)", () => {
    const [row] = toCitationRows([citation]);
    expect(JSON.stringify(row)).not.toContain("reviewer@claimdesk.test");
    expect(toCitationRows([{ ...citation, values: [] }])[0].values).toBe("");
  });
});
