import { beforeAll, describe, expect, it } from "vitest";
import { buildFixtureIndex, measureAccuracy, type AccuracyReport } from "@/tests/fixtures/evidence/accuracy";
import { FIXTURE_DOCUMENTS } from "@/tests/fixtures/evidence/documents";

// The goal on the labelled fixture set: the right passage first for at least 90% of the labelled claims,
// and every labelled near miss called one. Measured on the labels made before the finder first ran.

let strict: AccuracyReport;
let all: AccuracyReport;

beforeAll(async () => {
  const fixtures = await buildFixtureIndex();
  strict = await measureAccuracy({ firstRunOnly: true, fixtures });
  all = await measureAccuracy({ fixtures });
}, 60_000);

describe("evidence finder accuracy on the fixture set", () => {
  it("has at least twelve documents in every format sources arrive in", () => {
    expect(FIXTURE_DOCUMENTS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(FIXTURE_DOCUMENTS.map((d) => d.format))).toEqual(new Set(["pdf", "html", "docx", "text", "markdown"]));
  });

  it("puts the labelled passage first for at least 90% of the claims, per snapshot", () => {
    expect(strict.labels).toBeGreaterThanOrEqual(50);
    expect(strict.top1).toBeGreaterThanOrEqual(90);
    expect(strict.top3).toBeGreaterThanOrEqual(95);
    expect(strict.matchAtTop1).toBeGreaterThanOrEqual(90);
  });

  it("calls every labelled near miss a near miss", () => {
    expect(strict.nearMisses.labelled).toBeGreaterThanOrEqual(10);
    expect(strict.nearMisses.called).toBe(strict.nearMisses.labelled);
  });

  it("keeps suggested contradictions mostly right: most near misses called in a claim's first five passages are labelled ones", () => {
    expect(all.nearMissCalls.labelled).toBe(10);
    expect(all.nearMissCalls.labelled / all.nearMissCalls.called).toBeGreaterThanOrEqual(0.6);
  });

  it("finds the labelled passage first across the whole desk for at least 90% of the claims", () => {
    expect(strict.deskTop1).toBeGreaterThanOrEqual(90);
    expect(all.deskTop1).toBeGreaterThanOrEqual(95);
    expect(all.deskTop3).toBe(100);
  });
});

describe("evidence finder accuracy on the hold-out documents (labelled after the rules were tuned)", () => {
  let holdout: AccuracyReport;
  beforeAll(async () => {
    holdout = await measureAccuracy({ set: "holdout", fixtures: await buildFixtureIndex(true) });
  }, 60_000);

  it("puts the labelled passage first for most claims and calls every near miss one", () => {
    expect(holdout.labels).toBe(17);
    expect(holdout.top1).toBeGreaterThanOrEqual(85);
    expect(holdout.top3).toBeGreaterThanOrEqual(90);
    expect(holdout.nearMisses.called).toBe(holdout.nearMisses.labelled);
  });
});
