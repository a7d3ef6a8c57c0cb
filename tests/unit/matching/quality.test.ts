// Precision and recall of SAME and CONFLICTING on the labelled pairs (tests/fixtures/matching/), with floors at what
// the matcher reached on 2026-12-04. The held-out pairs were labelled and committed before the matcher existed and
// were measured once, after it was frozen (commit c1b788c); heldout2 was labelled after that first measurement and
// measured once with the same frozen matcher. Neither was tuned on. Raise a floor when the matcher gets better;
// never lower one to let a change through.
import { describe, expect, it } from "vitest";
import { candidateRecall, measure } from "../../fixtures/matching/quality";

const FLOORS = {
  tuning: { SAME: { precision: 0.98, recall: 0.96 }, CONFLICTING: { precision: 1, recall: 0.96 }, candidates: 0.97 },
  heldout: { SAME: { precision: 0.92, recall: 0.86 }, CONFLICTING: { precision: 1, recall: 0.96 }, candidates: 1 },
  heldout2: { SAME: { precision: 0.96, recall: 1 }, CONFLICTING: { precision: 1, recall: 0.88 }, candidates: 1 },
} as const;

describe.each(["tuning", "heldout", "heldout2"] as const)("matching quality on the %s pairs", (part) => {
  const quality = measure(part);
  const wrong = quality.outcomes.filter((o) => o.predicted !== o.pair.relation).map((o) => `${o.pair.id} ${o.pair.relation}→${o.predicted}`);

  it("has enough labelled pairs of each kind", () => {
    expect(quality.pairs).toBeGreaterThanOrEqual(part === "tuning" ? 100 : 50);
    expect(quality.SAME.expected).toBeGreaterThanOrEqual(part === "heldout2" ? 15 : 25);
    expect(quality.CONFLICTING.expected).toBeGreaterThanOrEqual(part === "heldout2" ? 15 : 25);
  });

  it.each(["SAME", "CONFLICTING"] as const)("keeps %s precision and recall at their floors", (relation) => {
    const floor = FLOORS[part][relation];
    expect(quality[relation].precision, `wrong: ${wrong.join(", ")}`).toBeGreaterThanOrEqual(floor.precision);
    expect(quality[relation].recall, `wrong: ${wrong.join(", ")}`).toBeGreaterThanOrEqual(floor.recall);
  });

  it("finds the other side of SAME and CONFLICTING pairs among the candidates", () => {
    const { recall, missed } = candidateRecall(part);
    expect(recall, `missed: ${missed.join(", ")}`).toBeGreaterThanOrEqual(FLOORS[part].candidates);
  });
});
