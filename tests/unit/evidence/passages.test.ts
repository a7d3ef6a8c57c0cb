import { describe, expect, it } from "vitest";
import { splitPassages } from "@/lib/evidence/passages";
import { indexSnapshot } from "@/lib/evidence/index-snapshot";
import { stem, termsOf } from "@/lib/evidence/terms";

const TEXT = "Flood relief\n\nSince 2022 the United States has provided $200 million. It includes $66 million in food aid.\n\nA second paragraph; with a clause.\n\n" + "Row\tvalue 1\n".repeat(80);

describe("splitPassages", () => {
  it("cuts sentences inside paragraphs with exact offsets, under their heading", () => {
    const passages = splitPassages(TEXT);
    const texts = passages.map((p) => TEXT.slice(p.start, p.end));
    expect(texts.slice(0, 4)).toEqual(["Flood relief", "Since 2022 the United States has provided $200 million.", "It includes $66 million in food aid.", "A second paragraph; with a clause."]);
    expect(passages[2].previous).toEqual({ start: passages[1].start, end: passages[1].end });
    expect(TEXT.slice(passages[2].heading!.start, passages[2].heading!.end)).toBe("Flood relief");
  });

  it("cuts an over-long block (a flattened table) at its line breaks", () => {
    const passages = splitPassages(TEXT);
    expect(passages.every((p) => p.end - p.start <= 600)).toBe(true);
    expect(TEXT.slice(passages.at(-1)!.start, passages.at(-1)!.end)).toBe("Row\tvalue 1");
  });
});

describe("indexSnapshot", () => {
  it("gives each passage its own values, key words, context words and value keys, as plain JSON", () => {
    const index = indexSnapshot({ snapshotId: "s", sourceId: "src", text: TEXT });
    const aid = index.passages[2];
    expect(aid.values.map((v) => v.text)).toEqual(["$66 million"]);
    expect(aid.terms).toEqual(expect.arrayContaining(["food", "aid"]));
    expect(aid.contextTerms).toEqual(expect.arrayContaining(["flood", "relief", "unit", "state"]));
    expect(aid.valueKeys).toEqual(["money:66"]);
    expect(index.passages[1].valueKeys).toEqual(expect.arrayContaining(["year:2022", "money:2"]));
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});

describe("terms", () => {
  it("stems plurals and verb endings and drops function words and numbers' words", () => {
    expect(["floods", "flooded", "flooding", "flood"].map(stem)).toEqual(["flood", "flood", "flood", "flood"]);
    expect(termsOf("The U.S. provided $200 million in March to Pakistan").map((t) => t.term)).toEqual(["unit", "state", "provid", "pakistan"]);
  });

  it("marks names: capitals inside a sentence and acronyms", () => {
    const terms = termsOf("Aid reached the TTP and Pakistan. Then it stopped.");
    expect(terms.find((t) => t.term === "ttp")?.name).toBe(true);
    expect(terms.find((t) => t.term === "pakistan")?.name).toBe(true);
    expect(terms.find((t) => t.term === "aid")?.name).toBe(false);
  });
});
