import { describe, expect, it } from "vitest";
import { detectClaims, extractValues } from "../../../lib/claims";

const quotes = (t: string) => extractValues(t).filter((v) => v.kind === "quote");

describe("quotations", () => {
  it("finds curly and straight quotes with the speaker before them", () => {
    const [q] = quotes("President Joe Biden, in a 2022 speech, retorted that “Pakistan is one of the most dangerous nations in the world.”");
    expect(q).toMatchObject({ value: "Pakistan is one of the most dangerous nations in the world", speaker: "Joe Biden" });
    const [s] = quotes('Finance Minister Ishaq Dar said: "We have paid every rupee back on time."');
    expect(s).toMatchObject({ value: "We have paid every rupee back on time", speaker: "Ishaq Dar" });
  });

  it("finds the speaker after the quote", () => {
    expect(quotes("“We will rebuild every school,” said Mr. Khan.")[0].speaker).toBe("Khan");
    expect(quotes("“We will rebuild every school,” Khan said.")[0].speaker).toBe("Khan");
    expect(quotes("they are “conjoined twins,” in the words of former Afghan President Hamid Karzai.")[0]).toMatchObject({
      value: "conjoined twins",
      speaker: "Hamid Karzai",
    });
    expect(quotes("The deal is “a historic step for the region,” according to the State Department.")[0].speaker).toBe(
      "State Department",
    );
  });

  it("skips leading adverbials to find the subject", () => {
    const t =
      "Last year, Thomas West, the U.S. special representative for Afghanistan, remarked that the TTP poses the “greatest threat” to the region and earlier this year, conveyed the importance of “concerted efforts to eliminate the group”.";
    const qs = quotes(t);
    expect(qs.map((q) => q.speaker)).toEqual(["Thomas West", "Thomas West"]);
    expect(quotes("Over a decade ago, then-President Barack Obama had said that “the single biggest threat is a nuclear weapon.”")[0].speaker).toBe(
      "Barack Obama",
    );
  });

  it("takes a speaker from a colon after a name", () => {
    expect(quotes("Khan: “We did not default and we will not default.”")[0].speaker).toBe("Khan");
  });

  it("names a speaker only when the text gives a name", () => {
    expect(quotes("Pakistan’s interim foreign minister emphasized “building on the recent exchanges and the momentum”.")[0].speaker).toBeUndefined();
    expect(quotes("“We will rebuild every school,” the minister said.")[0].speaker).toBeUndefined();
    expect(quotes("Police Superintendent Larry Snelling said: “This was a senseless act of violence.”")[0].speaker).toBe("Larry Snelling");
    expect(quotes("Secretary of State Antony J. Blinken said “we are committed to the partnership”.")[0].speaker).toBe("Antony J. Blinken");
  });

  it("joins a quotation split across sentences into one claim", () => {
    const t = "“We will rebuild. We will not leave anyone behind,” Health Minister Sara Malik said on Monday. Rain fell.";
    const [q] = quotes(t);
    expect(q.value).toBe("We will rebuild. We will not leave anyone behind");
    expect(q.speaker).toBe("Sara Malik");
    const claims = detectClaims(t);
    expect(claims).toHaveLength(1);
    expect(claims[0].quote).toBe("“We will rebuild. We will not leave anyone behind,” Health Minister Sara Malik said on Monday.");
    expect(claims[0].kind).toBe("quote");
  });

  it("gives an interrupted quotation the speaker of its first half", () => {
    // A pronoun names nobody, so there is nothing to pass on.
    const qs = quotes("“We will go,” she said. “And we will win this fight for the people.”");
    expect(qs.map((q) => q.speaker)).toEqual([undefined, undefined]);
    const named = quotes("“We will go,” said Ms. Rehman. “And we will win this fight for the people.”");
    expect(named.map((q) => q.speaker)).toEqual(["Rehman", "Rehman"]);
  });

  it("names each speaker by the fullest form the article gives", () => {
    const t =
      "Transport Secretary Maria Delgado announced the plan in 2023. “We will rebuild every bridge,” Delgado said. " +
      "“It will take years,” said Ms. Delgado, adding that “the money is there.”";
    expect(quotes(t).map((q) => q.speaker)).toEqual(["Maria Delgado", "Maria Delgado", "Maria Delgado"]);
    const nasa = "NASA Administrator Bill Nelson said the mission would launch in 2024. “We are going back,” Nelson said.";
    expect(quotes(nasa).map((q) => q.speaker)).toEqual(["Bill Nelson"]);
    // Named in full only after the quotation.
    expect(quotes("“We are ready,” Okafor said. Police Chief Dana Okafor spoke in 2023.")[0].speaker).toBe("Dana Okafor");
    // Two people with one surname: the one named last before the quotation.
    const two = "Governor Ann Reyes met Senator Luis Reyes in May. “We disagree on taxes,” Reyes said.";
    expect(quotes(two)[0].speaker).toBe("Luis Reyes");
    // A sentence opener or an organisation before the surname is not a first name.
    expect(quotes("NASA's Bill Nelson spoke. When Nelson spoke, “we will return to the Moon,” Nelson said.").map((q) => q.speaker)).toEqual(
      ["Bill Nelson"],
    );
  });

  it("treats short unattributed scare quotes as no claim", () => {
    const t = "Pakistan promised to help the United States with its “War on Terror” while sheltering militants.";
    expect(detectClaims(t)).toEqual([]);
    expect(quotes(t)).toEqual([]);
  });

  it("does not take apostrophes for quotation marks", () => {
    expect(quotes("Pakistan’s army and the students’ union met.")).toEqual([]);
    expect(quotes("He called it ‘a very serious breach of trust’ in a statement.")[0].value).toBe("a very serious breach of trust");
  });
});
