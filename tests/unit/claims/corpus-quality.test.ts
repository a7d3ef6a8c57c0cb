import { describe, expect, it } from "vitest";
import { corpusSlugs, scoreArticle, totals } from "./corpus";

const slugs = corpusSlugs();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe.skipIf(slugs.length === 0)("claim detection against the labelled corpus", () => {
  const scores = slugs.map(scoreArticle);
  const all = totals(scores);

  it("prints the figures", () => {
    for (const s of scores) {
      const t = totals([s]);
      console.log(
        `${s.slug.padEnd(52)} recall ${pct(t.recall).padStart(6)}  precision ${pct(t.precision).padStart(6)}  values ${pct(t.valueExactness).padStart(6)}  (${s.labelled} labelled, ${s.detections} detected)`,
      );
    }
    console.log(
      `${"ALL".padEnd(52)} recall ${pct(all.recall).padStart(6)}  precision ${pct(all.precision).padStart(6)}  values ${pct(all.valueExactness).padStart(6)}  (${all.labelled} labelled, ${all.detections} detected, ${all.values} values)`,
    );
    expect(scores.length).toBeGreaterThan(0);
  });

  it("finds at least 92% of the labelled claims", () => {
    expect(all.recall).toBeGreaterThanOrEqual(0.92);
  });

  it("is right at least 85% of the time", () => {
    expect(all.precision).toBeGreaterThanOrEqual(0.85);
  });

  it("reads at least 95% of the labelled values exactly", () => {
    expect(all.valueExactness).toBeGreaterThanOrEqual(0.95);
  });
});
