// Floors for the detector on the BBC/CNN news corpus (tests/fixtures/news; texts in ../shared/corpus/news, skipped
// when absent) and on the old held-out set. Floors are what the detector reached when they were set (2026-12-04),
// so a regression fails; they are not targets. The held-out parts were never tuned on.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HOLDOUT_DIR, NEWS_LABELS_DIR, NEWS_TEXT_DIR, holdoutSlugs, newsSlugs, scoreLabelled, totals } from "./corpus";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(name: string, scores: ReturnType<typeof scoreLabelled>[]) {
  const t = totals(scores);
  console.log(`${name.padEnd(13)} recall ${pct(t.recall)}  precision ${pct(t.precision)}  values ${pct(t.valueExactness)}  (${scores.length} articles, ${t.labelled} labelled)`);
  return t;
}

const FLOORS = {
  "news-heldout": { recall: 0.93, precision: 0.92, values: 0.95 },
  "news-tuning": { recall: 0.96, precision: 0.92, values: 0.96 },
  "old-heldout": { recall: 0.98, precision: 0.94, values: 0.98 },
};

describe.skipIf(newsSlugs("heldout").length === 0)("claim detection on the news corpus", () => {
  it("reads the texts the labels were made against", () => {
    for (const slug of [...newsSlugs("heldout"), ...newsSlugs("tuning")]) {
      const labels = JSON.parse(readFileSync(path.join(NEWS_LABELS_DIR, `${slug}.labels.json`), "utf8"));
      const text = readFileSync(path.join(NEWS_TEXT_DIR, `${slug}.txt`), "utf8");
      expect(createHash("sha256").update(text).digest("hex"), slug).toBe(labels.sha256);
    }
  });

  for (const part of ["news-heldout", "news-tuning"] as const) {
    it(`holds its floors on the ${part} part`, () => {
      const slugs = newsSlugs(part === "news-heldout" ? "heldout" : "tuning");
      const t = report(part, slugs.map((s) => scoreLabelled(s, { labels: NEWS_LABELS_DIR, texts: NEWS_TEXT_DIR })));
      expect(t.recall).toBeGreaterThanOrEqual(FLOORS[part].recall);
      expect(t.precision).toBeGreaterThanOrEqual(FLOORS[part].precision);
      expect(t.valueExactness).toBeGreaterThanOrEqual(FLOORS[part].values);
    });
  }
});

describe("claim detection on the old held-out set", () => {
  it("holds its floors", () => {
    const t = report("old-heldout", holdoutSlugs().map((s) => scoreLabelled(s, { labels: HOLDOUT_DIR })));
    expect(t.recall).toBeGreaterThanOrEqual(FLOORS["old-heldout"].recall);
    expect(t.precision).toBeGreaterThanOrEqual(FLOORS["old-heldout"].precision);
    expect(t.valueExactness).toBeGreaterThanOrEqual(FLOORS["old-heldout"].values);
  });
});
