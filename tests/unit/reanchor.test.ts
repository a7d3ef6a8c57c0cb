import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reanchor, type AnchoredSpan } from "@/lib/anchoring/reanchor";
import { quoteSelector } from "@/lib/claims";

const seed = fs.readFileSync(path.resolve("prisma/fixtures/the-centrality-of-security-in-the-pakistan-us-relationship.txt"), "utf8");

function spanOf(body: string, quote: string, id = quote): AnchoredSpan {
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`not in body: ${quote}`);
  return { id, start, end: start + quote.length, ...quoteSelector(body, start, start + quote.length) };
}

const flood = "which now amounts to more than $200 billion.";
const trade = "with their bilateral trade volume standing at $12 billion";
const zawahiri = "The killing of Ayman al-Zawahiri, the al-Qaida chief, in 2022";

describe("re-anchoring claims in a revised article", () => {
  it("keeps unchanged claims where they are", () => {
    const spans = [spanOf(seed, trade), spanOf(seed, zawahiri)];
    expect(reanchor(seed, seed, spans)).toEqual(spans.map((s) => ({ id: s.id, anchor: "ANCHORED", start: s.start, end: s.end, how: "position" })));
  });

  it("follows text that moved when something was inserted before it", () => {
    const revised = seed.replace("Recent Features", "Recent Features\n\nEditor's note: this article was updated.");
    const [moved] = reanchor(seed, revised, [spanOf(seed, trade)]);
    expect(moved).toMatchObject({ anchor: "ANCHORED", how: "position" });
    expect(revised.slice(moved.start, moved.end)).toBe(trade);
    expect(moved.start).toBeGreaterThan(seed.indexOf(trade));
  });

  it("marks the corrected flood-aid claim TEXT_CHANGED with its new wording, never moved", () => {
    const revised = seed.replace("more than $200 billion.", "more than $200 million.");
    const [changed, untouched] = reanchor(seed, revised, [spanOf(seed, flood), spanOf(seed, trade)]);
    expect(changed).toMatchObject({ anchor: "TEXT_CHANGED", newQuote: "which now amounts to more than $200 million." });
    expect(revised.slice(changed.start, changed.end)).toBe("which now amounts to more than $200 million.");
    expect(untouched).toMatchObject({ anchor: "ANCHORED" });
  });

  it("finds a claim by its exact quote when its paragraph moved elsewhere", () => {
    const paragraph = seed.slice(seed.lastIndexOf("\n", seed.indexOf(zawahiri)) + 1, seed.indexOf("\n", seed.indexOf(zawahiri)));
    const revised = seed.replace(paragraph + "\n", "") + "\n\n" + paragraph;
    const [found] = reanchor(seed, revised, [spanOf(seed, zawahiri)]);
    expect(found.anchor).toBe("ANCHORED");
    expect(revised.slice(found.start, found.end)).toBe(zawahiri);
  });

  it("orphans a claim whose text was deleted", () => {
    const revised = seed.replace("Moreover, the United States remains Pakistan’s largest export market and, with their bilateral trade volume standing at $12 billion, both continue to expand trade and investment ties under the U.S.-Pakistan Trade and Investment Framework Agreement (TIFA).", "");
    const [orphan] = reanchor(seed, revised, [spanOf(seed, trade)]);
    expect(orphan.anchor).toBe("ORPHANED");
  });
});
