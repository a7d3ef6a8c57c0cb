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

  it("ends a sentence after a possessive or a brand ending in 's", () => {
    expect(texts("The shooting happened outside a McDonald's. Police said the suspect fled on foot.")).toEqual([
      "The shooting happened outside a McDonald's.",
      "Police said the suspect fled on foot.",
    ]);
    expect(texts("She bought it at Macy’s. Witnesses saw her leave at noon.")).toHaveLength(2);
  });

  it("does not let abbreviations swallow real sentence ends", () => {
    expect(texts("He said no. Prosecutors dropped the case.")).toEqual(["He said no.", "Prosecutors dropped the case."]);
    expect(texts("It was founded by Martin Luther King Jr. He led it until 1968.")).toHaveLength(2);
    expect(texts("Revenue rose at Acme Inc. Shares fell 5%.")).toEqual(["Revenue rose at Acme Inc.", "Shares fell 5%."]);
    // ... but the abbreviation still holds a name or a number together.
    expect(texts("She moved to St. Louis in 2019. Talks resumed in Sept. 2020.")).toHaveLength(2);
    expect(texts("Rep. Ana Ortiz voted for bill No. 12 on Tuesday.")).toHaveLength(1);
  });

  it("keeps footnote markers with the sentence they close", () => {
    expect(texts("The event was held in winter.[C] It lasted 29 days.[4] Fans came.")).toEqual([
      "The event was held in winter.[C]",
      "It lasted 29 days.[4]",
      "Fans came.",
    ]);
  });

  it("keeps list items on their own lines, even without full stops", () => {
    expect(texts("Results:\n\u25aa Screened 8.6 million travellers\n\u25aa Trained 2,000 nurses")).toEqual([
      "Results:",
      "\u25aa Screened 8.6 million travellers",
      "\u25aa Trained 2,000 nurses",
    ]);
    // Wrapped text joins its lines, but a run of short capitalized lines is a list.
    const list = [
      "Highlights of the year",
      "Screened 8.6 million travellers at the border",
      "Reached more than one million people by radio",
      "Delivered 184,000 test kits to clinics",
      "Opened 23 treatment centres in four provinces",
      "Trained 5,000 health workers in the north",
    ].join("\n");
    expect(texts(list)).toHaveLength(6);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\t ")).toEqual([]);
  });
});
