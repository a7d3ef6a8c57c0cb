import { describe, expect, it } from "vitest";
import { foldFigures } from "@/lib/dashboard/figures";
import { startOfWeekUtc } from "@/lib/dashboard/workload";
import { dayBuckets } from "@/lib/dashboard/charts-data";

describe("folding grouped counts into figures", () => {
  it("counts states, verdicts, pending corrections and changed anchors; suggestions stay apart", () => {
    const figures = foldFigures(
      [
        { state: "SIGNED_OFF", verdict: "INACCURATE", anchor: "ANCHORED", count: 2 },
        { state: "SIGNED_OFF", verdict: "MISLEADING", anchor: "TEXT_CHANGED", count: 1 },
        { state: "AWAITING_SIGNOFF", verdict: "ACCURATE", anchor: "ANCHORED", count: 3 },
        { state: "UNREVIEWED", verdict: null, anchor: "ORPHANED", count: 4 },
      ],
      [
        { severity: "HIGH", count: 2 },
        { severity: "LOW", count: 1 },
      ],
      5,
    );
    expect(figures).toEqual({
      total: 10,
      signedOff: 3,
      byState: { UNREVIEWED: 4, IN_REVIEW: 0, AWAITING_SIGNOFF: 3, SIGNED_OFF: 3 },
      byVerdict: { ACCURATE: 3, MOSTLY_ACCURATE: 0, MISLEADING: 1, INACCURATE: 2, UNVERIFIABLE: 0, NONE: 4 },
      openFlags: 3,
      openFlagsBySeverity: { HIGH: 2, MEDIUM: 0, LOW: 1 },
      // The MISLEADING claim's text was since revised: its correction counts as applied.
      correctionsPending: 2,
      anchorsChanged: 5,
      suggestions: 5,
    });
  });
});

describe("calendar buckets (UTC, whatever the server's zone)", () => {
  it("starts the week on Monday 00:00 UTC", () => {
    expect(startOfWeekUtc(new Date("2026-12-02T03:00:00Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(startOfWeekUtc(new Date("2026-11-29T23:59:00Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(startOfWeekUtc(new Date("2026-11-30T00:00:00Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });

  it("gives the last days oldest first, ending today", () => {
    const days = dayBuckets(new Date("2026-03-01T01:30:00Z"), 3);
    expect(days.map((d) => d.day)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
    expect(days[2].end.toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });
});
