import { describe, expect, it } from "vitest";
import { correctSentence, sentenceAround } from "@/lib/reports/sentence";

const body = [
  "Flood aid",
  "",
  "In the wake of the 2022 floods in Pakistan, which inundated one-third of the country, the United States responded promptly, providing aid in various forms, and to date, continues to roll out funds as part of the flood recovery efforts, which now amounts to more than $200 billion. The U.S. remains its largest market.",
].join("\n");
const quote = "to date, continues to roll out funds as part of the flood recovery efforts, which now amounts to more than $200 billion.";

describe("the correction notice's sentences", () => {
  it("quotes the whole sentence around a claim that starts mid-sentence", () => {
    const start = body.indexOf(quote);
    const s = sentenceAround(body, start, start + quote.length);
    expect(s.text).toMatch(/^In the wake of the 2022 floods in Pakistan, .* more than \$200 billion\.$/);
    expect(s.text.slice(s.quoteStart, s.quoteEnd)).toBe(quote);
  });

  it("puts a correction of the claim's last words where they stand", () => {
    const start = body.indexOf(quote);
    const s = sentenceAround(body, start, start + quote.length);
    expect(correctSentence(s, "which now amounts to more than $200 million.")).toBe(
      "In the wake of the 2022 floods in Pakistan, which inundated one-third of the country, the United States responded promptly, providing aid in various forms, and to date, continues to roll out funds as part of the flood recovery efforts, which now amounts to more than $200 million.",
    );
  });

  it("replaces the claim's span when the correction's words are not in it, and takes a whole sentence as written", () => {
    const text = "The United States has provided more than $200 billion in aid.";
    const s = { text, quoteStart: text.indexOf("more"), quoteEnd: text.indexOf(" in aid") };
    expect(correctSentence(s, "about $215 million")).toBe("The United States has provided about $215 million in aid.");
    expect(correctSentence(s, "The United States has provided about $215 million in flood aid.")).toBe("The United States has provided about $215 million in flood aid.");
  });
});
