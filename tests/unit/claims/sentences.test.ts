import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../lib/claims";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("keeps offsets exact", () => {
    const t = "  First one.  Second one!\n\nThird?  ";
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(texts(t)).toEqual(["First one.", "Second one!", "Third?"]);
  });

  it("does not split after abbreviations, titles and initials", () => {
    expect(
      texts("U.S. Secretary of State Antony J. Blinken met Gen. Munir in Washington, D.C., on Dec. 14, 2023. Talks went well."),
    ).toEqual([
      "U.S. Secretary of State Antony J. Blinken met Gen. Munir in Washington, D.C., on Dec. 14, 2023.",
      "Talks went well.",
    ]);
    expect(texts("Mr. Khan and Dr. Ali spoke. Mrs. Smith left.")).toEqual(["Mr. Khan and Dr. Ali spoke.", "Mrs. Smith left."]);
    expect(texts("It ranked No. 3 in the list. Next came Vol. 2 of the series.")).toHaveLength(2);
  });

  it("handles e.g. and i.e.", () => {
    expect(texts("Some goods, e.g. rice, rose. Others, i.e. Wheat and corn, fell.")).toEqual([
      "Some goods, e.g. rice, rose.",
      "Others, i.e. Wheat and corn, fell.",
    ]);
  });

  it("splits after an acronym when a new sentence clearly starts", () => {
    expect(texts("The money went to the U.S. The rest stayed home.")).toEqual([
      "The money went to the U.S.",
      "The rest stayed home.",
    ]);
  });

  it("does not split decimals or amounts", () => {
    expect(texts("Growth was 3.5 percent in 2023. Inflation hit 29.2%.")).toEqual([
      "Growth was 3.5 percent in 2023.",
      "Inflation hit 29.2%.",
    ]);
  });

  it("keeps closing quotes with their sentence and does not split on a question inside a quote", () => {
    expect(texts("He said, “We will win.” Then he left.")).toEqual(["He said, “We will win.”", "Then he left."]);
    expect(texts('“Why now?” she asked. "Because," he said.')).toEqual(["“Why now?” she asked.", '"Because," he said.']);
  });

  it("treats line breaks as sentence ends for headings and captions", () => {
    expect(texts("Recent Features\n\nA Marriage of Necessity\nThe war ended in 2021.")).toEqual([
      "Recent Features",
      "A Marriage of Necessity",
      "The war ended in 2021.",
    ]);
  });

  it("handles non-breaking spaces", () => {
    expect(texts("It cost $5\u00a0million. Then\u00a0it rose.")).toEqual(["It cost $5\u00a0million.", "Then\u00a0it rose."]);
  });

  it("joins hard-wrapped lines inside a paragraph", () => {
    const t = [
      "The committee met on Tuesday and approved a budget of",
      "$3.5 billion for the coming year, officials said after",
      "a long session that ran late into the night and ended",
      "with a vote. The opposition walked out before the vote",
      "was taken, saying it had not been consulted on the plan",
      "or on the size of the increase that it would bring.",
    ].join("\n");
    const s = texts(t);
    expect(s).toHaveLength(2);
    expect(s[0]).toContain("approved a budget of\n$3.5 billion");
  });

  it("joins a line that continues in lower case", () => {
    expect(texts("The deal was signed in\nSeptember 2022 and renewed\nlater.")).toHaveLength(1);
    expect(texts("Talks were held over two days and\nended with an agreement.")).toHaveLength(1);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\t ")).toEqual([]);
  });
});
