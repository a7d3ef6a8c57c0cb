import { describe, expect, it } from "vitest";
import { archiveNote } from "@/lib/reports/archive-note";
import { evidenceLine } from "@/lib/reports/words";

describe("the report's word on a citation's archive and link rot", () => {
  const retrievedAt = new Date("2026-12-01T10:00:00Z");
  const checkedAt = new Date("2026-12-04T10:00:00Z");

  it("says nothing for an older citation without snapshot or check", () => {
    expect(archiveNote({ source: { checks: [] } })).toEqual({});
  });

  it("names the retrieval day and whether this citation's passage is gone", () => {
    const checks = [{ status: "PASSAGES_MISSING", checkedAt, missingCitationIds: '["c1"]' }];
    expect(archiveNote({ id: "c1", snapshot: { retrievedAt }, source: { checks } }).archive).toBe(
      "archived copy retrieved 2026-12-01; source checked 2026-12-04: this passage is no longer on the page",
    );
    // Another citation's passage went missing: for this one the page only changed.
    expect(archiveNote({ id: "c2", snapshot: { retrievedAt }, source: { checks } }).archive).toBe(
      "archived copy retrieved 2026-12-01; source checked 2026-12-04: changed, cited passages still there",
    );
  });

  it("appears in the plain evidence line of the CSV and PDF", () => {
    const line = evidenceLine({ stance: "CONTRADICTS", title: "T", publisher: null, url: "https://x.test/", passage: "P", archive: "archived copy retrieved 2026-12-01" });
    expect(line).toMatch(/“P” \(archived copy retrieved 2026-12-01\)$/);
  });
});
