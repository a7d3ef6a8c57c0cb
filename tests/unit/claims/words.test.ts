import { describe, expect, it } from "vitest";
import { WordIndex } from "../../../lib/claims/words";

function hits(index: WordIndex, text: string) {
  const found: string[] = [];
  index.scan(text, { word: (id, s, e) => void found.push(`${id}:${text.slice(s, e)}`) });
  return found;
}

describe("WordIndex", () => {
  const index = new WordIndex([["years", "million"], ["May", "USD"], ["years"]]);

  it("finds listened-for words in any case, for every route that wants them", () => {
    expect(hits(index, "Years ago, YEARS later, 5 million years")).toEqual([
      "0:Years", "2:Years", "0:YEARS", "2:YEARS", "0:million", "0:years", "2:years",
    ]);
  });

  it("matches words given with a capital only as written", () => {
    expect(hits(index, "In May prices may rise; 40 USD, not usd")).toEqual(["1:May", "1:USD"]);
  });

  it("ignores parts of longer words and words glued to digits or other letters", () => {
    expect(hits(index, "yearsold 5years millions Café-years")).toEqual(["0:years", "2:years"]);
  });
});
