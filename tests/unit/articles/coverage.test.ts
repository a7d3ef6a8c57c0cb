import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coverage } from "@/lib/articles/add-suggestions";

const span = fc.tuple(fc.nat(500), fc.integer({ min: 1, max: 60 })).map(([start, length]) => ({ start, end: start + length }));

describe("coverage", () => {
  it("says a span is covered exactly when it overlaps one of the spans (against a pairwise check)", () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.array(span, { maxLength: 40 }), (existing, probes) => {
        const covered = coverage(existing);
        for (const probe of probes) expect(covered(probe)).toBe(existing.some((e) => e.start < probe.end && probe.start < e.end));
      }),
    );
  });

  it("does not count spans that only touch", () => {
    const covered = coverage([{ start: 10, end: 20 }]);
    expect(covered({ start: 20, end: 30 })).toBe(false);
    expect(covered({ start: 0, end: 10 })).toBe(false);
    expect(covered({ start: 19, end: 21 })).toBe(true);
  });
});
