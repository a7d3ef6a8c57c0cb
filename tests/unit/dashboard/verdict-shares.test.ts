import { describe, expect, it } from "vitest";
import { verdictShares } from "@/lib/dashboard/verdict-shares";

const counts = (c: Partial<Record<string, number>>) =>
  ({ ACCURATE: 0, MOSTLY_ACCURATE: 0, MISLEADING: 0, INACCURATE: 0, UNVERIFIABLE: 0, NONE: 0, ...c }) as Parameters<typeof verdictShares>[0];

describe("verdictShares", () => {
  it("draws a large and a small article on the same 0–100 scale", () => {
    const big = verdictShares(counts({ ACCURATE: 600, INACCURATE: 600 }));
    const small = verdictShares(counts({ ACCURATE: 6, INACCURATE: 6 }));
    expect(big.shares.map((s) => s.percent)).toEqual(small.shares.map((s) => s.percent));
    expect(big.total).toBe(1200);
    expect(big.shares.find((s) => s.key === "ACCURATE")).toEqual({ key: "ACCURATE", count: 600, percent: 50 });
  });

  it("always adds up to exactly 100 percent", () => {
    for (const c of [counts({ ACCURATE: 1, MISLEADING: 1, NONE: 1 }), counts({ ACCURATE: 2, MOSTLY_ACCURATE: 3, INACCURATE: 7, NONE: 13 }), counts({ UNVERIFIABLE: 1 })]) {
      expect(verdictShares(c).shares.reduce((sum, s) => sum + s.percent, 0)).toBe(100);
    }
    expect(verdictShares(counts({ ACCURATE: 1, MISLEADING: 1, NONE: 1 })).shares.filter((s) => s.count > 0).map((s) => s.percent)).toEqual([34, 33, 33]);
  });

  it("gives an article without claims no shares rather than dividing by zero", () => {
    const none = verdictShares(counts({}));
    expect(none.total).toBe(0);
    expect(none.shares.every((s) => s.percent === 0)).toBe(true);
  });
});
