// The classes of claims the BBC/CNN news corpus showed the detector missing (tests/fixtures/news), one case each
// in invented text.
import { describe, expect, it } from "vitest";
import { detectClaims, extractValues } from "../../../lib/claims";

const quotes = (t: string) => extractValues(t).filter((v) => v.kind === "quote");
const claimed = (t: string) => detectClaims(t).map((c) => c.quote);

describe("quotations in news copy", () => {
  it("splits a run-on quotation whose paragraph break was lost, and gives both parts to the speaker", () => {
    const qs = quotes('Meanwhile Mark Oaten, the party spokesman, said: "This is another worrying step in the debate. "Michael Howard knows what game he is playing."');
    expect(qs.map((q) => [q.value, q.speaker])).toEqual([
      ["This is another worrying step in the debate", "Mark Oaten"],
      ["Michael Howard knows what game he is playing", "Mark Oaten"],
    ]);
  });

  it("finds the speaker after a long title or an apposition", () => {
    expect(quotes('"We need a good plan," National Bureau of Statistics chief Li Deshui told Reuters.')[0].speaker).toBe("Li Deshui");
    expect(quotes('"Policy will relax," Glenn Maguire, chief economist for the region at Societe Generale, told AFP.')[0].speaker).toBe("Glenn Maguire");
  });

  it("gives a quotation attributed to a pronoun to the person last named as speaking", () => {
    const [q] = quotes('Lisa Power, head of policy at the trust, said the policy was prejudice-based. "It would drive people to falsify tests," she said.');
    expect(q.speaker).toBe("Lisa Power");
  });

  it("goes on with the last speaker when the next paragraph opens with a quotation", () => {
    const qs = quotes('"Nearly two thirds of people with TB are born abroad," said Mr Howard.\n\n"I don\'t think a government can stand aside."');
    expect(qs[1]).toMatchObject({ speaker: "Howard" });
    expect(claimed('"Nearly two thirds of people with TB are born abroad," said Mr Howard.\n\n"I don\'t think a government can stand aside."')).toHaveLength(2);
  });
});

describe("counts, ranks and times in words", () => {
  it("claims a small count before what it counts, not one that announces a list", () => {
    expect(claimed("US Attorney David Kelley said he expects the nine vendors to plead guilty.")).toHaveLength(1);
    expect(claimed("The tribunal panel will consist of five members.")).toHaveLength(1);
  });

  it("claims an ordinal that ranks", () => {
    expect(claimed("Ahold is the world's fourth-largest supermarket chain.")).toHaveLength(1);
    expect(claimed("It has a bigger presence in Asia's third largest economy.")).toHaveLength(1);
  });

  it("claims a time without digits when the clause says something happened then", () => {
    expect(claimed("This week opposition politicians had called for a decision.")).toHaveLength(1);
    expect(claimed("Last October the bank raised rates.")).toHaveLength(1);
    expect(claimed("The firm closed its plant on Wednesday morning.")).toHaveLength(1);
    // the present is no dated event
    expect(claimed("Today, the United States is putting more onus on trade, which had long been ignored.")).toEqual([]);
  });
});

describe("misreadings, as classes", () => {
  const values = (t: string) => extractValues(t).map((v) => [v.kind, v.value, v.unit ?? null]);

  it("reads a year used as a name's adjective as a year, not a count", () => {
    expect(values("2024 flood report: 41,000 homes")).toEqual([["date", "2024", "year"], ["number", 41000, null]]);
    expect(values("Kenteris, the 2000 Olympic champion, quit.")).toEqual([["date", "2000", "year"]]);
    expect(values("2024 homes were hit.")).toEqual([["number", 2024, null]]);
  });

  it("reads no count in a number that is part of a name", () => {
    expect(values("The District 0 council met.")).toEqual([]);
    expect(values("He watched Channel 4 and played PlayStation 3 and Super Mario 64 DS.")).toEqual([]);
    expect(values("The novel has 007 at its centre.")).toEqual([]);
    // a rating or a count after a name is still a value
    expect(values("The advisory remains at Level 4.")).toEqual([["number", 4, null]]);
    expect(values("Apollo 11 astronauts landed.")).toEqual([["number", 11, null]]);
  });

  it("reads no count in a number word that is part of a name, and a count at a sentence's start", () => {
    expect(values("home of Smog, Sebadoh and Four Tet.")).toEqual([]);
    expect(values("It was a third Six Nations win.").filter((v) => v[0] === "number")).toEqual([["number", 3, null]]);
    expect(values("Three senior executives left.")).toEqual([["number", 3, null]]);
  });

  it("keeps the currency of an amount written as a hyphenated adjective", () => {
    expect(values("The club took a 14-million-euro gamble.")).toEqual([["money", 14000000, "EUR"]]);
    expect(values("It was a two-million-pound deal.")).toEqual([["money", 2000000, "GBP"]]);
    expect(values("a 10-billion-dollar plan")).toEqual([["money", 10000000000, "USD"]]);
  });
});

describe("claim kinds", () => {
  it("types a quotation as a quotation even when its own words hold the figures", () => {
    const [a] = detectClaims('"We spent $4 million on the bridge," Mayor Jane Smith said.');
    expect(a.kind).toBe("quote");
    const [b] = detectClaims('Chief executive Ann Lee said: "Profits rose 45% to £2bn in 2004."');
    expect(b.kind).toBe("quote");
    // a figure outside the quotation still types the claim
    const [c] = detectClaims('The council spent $4 million on what Mayor Jane Smith called "a bridge to nowhere".');
    expect(c.kind).toBe("money");
  });
});

describe("named events and times in words", () => {
  const events = (t: string) => extractValues(t).filter((v) => v.kind === "event").map((v) => v.value);

  it("finds named events by the word that makes a name an occasion", () => {
    expect(events("Jobs showed off the machine at his annual MacWorld speech, in San Francisco.")).toEqual(["MacWorld speech"]);
    expect(events("They won their opening matches at the Tour Championships in Los Angeles.")).toEqual(["Tour Championships"]);
    expect(events("Details will be released at the International Solid State Circuits Conference.")).toEqual([
      "International Solid State Circuits Conference",
    ]);
    expect(events("Prices rose after World War II ended.")).toContain("World War II");
    expect(claimed("Scotland had a try disallowed in their Six Nations opener.")).toHaveLength(1);
  });

  it("finds a prize taken, missed or lost, not only one won, and only with a prize after the verb", () => {
    const award = (t: string) => extractValues(t).filter((v) => v.kind === "event" && v.value === "award").map((v) => [v.text, v.target]);
    expect(award("He had to settle for bronze in Athens behind the Portuguese sprinter.")).toEqual([["settle for bronze", "bronze"]]);
    expect(award("The relay team was denied Olympic gold on the final leg.")).toEqual([["denied Olympic gold", "Olympic gold"]]);
    expect(award("The effects team went home empty-handed, losing the Oscar to a rival studio.")).toEqual([["losing the Oscar", "Oscar"]]);
    expect(claimed("The effects team went home empty-handed, losing the Oscar to a rival studio.")).toHaveLength(1);
    expect(award("He claimed that the plan was sound, but they lost the vote and took a break.")).toEqual([]);
  });

  it("takes no name for an event from a sentence opener, a year or a longer name", () => {
    expect(events("The summit in Geneva ended.")).toEqual([]);
    expect(events("To learn more, visit our page on the 2024 awards.")).toEqual([]);
    expect(events("She studied at the Open University.")).toEqual([]);
  });

  it("reads the weekend and holidays as times", () => {
    const [a] = extractValues("France suffered a shock loss at the weekend.");
    expect(a).toMatchObject({ kind: "date", value: "at the weekend", relative: true });
    expect(claimed("The shops were busy over Christmas.")).toHaveLength(1);
  });

  it("claims a whole sentence in quotation marks whose speaker is named only around it", () => {
    const t = 'Mauresmo spent five weeks at number one. "Since then, I feel very confident on court and my game is there."';
    expect(detectClaims(t).filter((c) => c.kind === "quote")).toHaveLength(1);
    // a short phrase or a title in quotation marks is not
    expect(claimed('The report, "No News Is Good News", came out.')).toEqual([]);
  });
});

describe("tabloid copy", () => {
  it("reads straight single quotation marks, apostrophes aside", () => {
    const qs = quotes("He said: 'It's very possible that they may complete their sentence in the United Kingdom.' The lawyers' fees were paid.");
    expect(qs.map((q) => q.value)).toEqual(["It's very possible that they may complete their sentence in the United Kingdom"]);
    const run = quotes("The source said: 'The process is very slow. 'There are two British men in jail for drug smuggling right now.'");
    expect(run.map((q) => q.value)).toEqual(["The process is very slow", "There are two British men in jail for drug smuggling right now"]);
  });

  it("takes time stamps and figure-less caption labels run into the text for furniture", () => {
    const t = "By . Neil Sears . PUBLISHED: . 12:00 EST, 27 December 2012 . Feat: David Cameron took part in the Great Brook Run on Thursday afternoon . The Prime Minister finished 46th out of a field of 109.";
    expect(claimed(t)).toEqual(["The Prime Minister finished 46th out of a field of 109."]);
  });

  it("finds the speaker of 'Said Mr Bysshe:'", () => {
    expect(quotes('Said Mr Bysshe: "Painkiller is a new game and the opportunity is there."')[0].speaker).toBe("Bysshe");
  });
});

describe("figures in British and sports copy", () => {
  const values = (t: string) => extractValues(t).map((v) => [v.kind, v.value, v.unit ?? null]);

  it("reads pence as hundredths of a pound, glued or in words", () => {
    expect(values("Shares were 28 pence lower at 925p by midday.")).toEqual([["money", 0.28, "GBP"], ["money", 9.25, "GBP"]]);
    expect(values("a 1p rise on income tax")).toEqual([["money", 0.01, "GBP"]]);
    expect(values("The shop closed at 10pm.")).toEqual([]);
  });

  it("reads more currencies written as words", () => {
    expect(values("The destruction was put at 20bn baht.")).toEqual([["money", 20000000000, "THB"]]);
  });

  it("reads a year in the possessive as a year", () => {
    expect(values("Growth was well above 2003's 9.1%.")).toEqual([["date", "2003", "year"], ["percent", 9.1, null]]);
  });

  it("reads scores by the words around them, tennis sets as one result", () => {
    expect(values("Sharapova was a 6-1 6-4 winner.")).toEqual([["event", "match result", null]]);
    expect(values("They had a 19-5 half-time advantage.")).toEqual([["event", "match result", null]]);
    expect(values("A penalty made it 19-8.")).toEqual([["event", "match result", null]]);
  });

  it("reads storage sizes and claims ranked or counted things named in capitals", () => {
    expect(values("It can hold 6GB compared to a previous 4GB.")).toEqual([["number", 6, null], ["number", 4, null]]);
    expect(claimed("Pierce Brosnan led the past four Bond films.")).toHaveLength(1);
    expect(claimed("This is the third time Mr Cameron has taken part in the race.")).toHaveLength(1);
  });
});

describe("attribution that looks like a caption label", () => {
  it("keeps 'Said Mr X: \"…\"' mid-text as a claim", () => {
    expect(claimed('The movie is being put together by Simon Bysshe. Said Mr Bysshe: "Painkiller is a new game and the opportunity is there."')).toHaveLength(1);
  });
});

describe("named events, told from names and modifiers", () => {
  const events = (t: string) => extractValues(t).filter((v) => v.kind === "event").map((v) => v.value);
  it("takes a capitalized show for a title, a head before a noun for a modifier, 'the Games' for an event", () => {
    expect(events("an advertising print from the Benny Hill Show.")).toEqual([]);
    expect(events("sign up via the Painkiller tournament websites.")).toEqual([]);
    expect(events("The Geneva summit ended without a deal.")).toEqual(["Geneva summit"]);
    expect(events("They missed tests before the Games.")).toEqual(["the Games"]);
  });
});

describe("rankings", () => {
  const rankings = (t: string) => extractValues(t).filter((v) => v.kind === "event" && v.value === "ranking").map((v) => v.text);
  it("claims a superlative that ranks within a field or against a stated past", () => {
    expect(rankings("Germany is one of the most unhealthy countries in Europe.")).toEqual(["one of the most unhealthy countries"]);
    expect(rankings("It was the largest rise since the war.")).toEqual(["largest rise"]);
    expect(rankings("Prices hit the lowest level on record last month.")).toEqual(["lowest level"]);
    expect(claimed("Germany is one of the most unhealthy countries in Europe.")).toHaveLength(1);
  });

  it("leaves a bare superlative alone", () => {
    expect(rankings("It was the largest financial contributor.")).toEqual([]);
    expect(rankings("He is the most famous man here.")).toEqual([]);
  });
});

describe("prizes named by their kind", () => {
  it("reads 'won the short film award' as an award, like 'won the Oscar'", () => {
    const ev = extractValues("Andrea Arnold won the short film award for her drama Wasp.").filter((v) => v.kind === "event");
    expect(ev.map((v) => [v.value, v.text])).toEqual([["award", "won the short film award"]]);
    expect(claimed("Andrea Arnold won the short film award for her drama Wasp.")).toHaveLength(1);
  });
});

describe("lengths written as adjectives", () => {
  it("claims 'the two-year ban' (how long a thing lasts), not only 'a two-year ban'", () => {
    expect(claimed("The panel will also decide on the two-year ban imposed on the coach by the federation.")).toHaveLength(1);
    expect(claimed("The club offered him the five-year contract he had asked for.")).toHaveLength(1);
  });

  it("still weighs a measure's window lightly: 'the 12-month period', 'the prior 12 months'", () => {
    const duration = (t: string) => detectClaims(t).flatMap((c) => c.values).filter((v) => v.kind === "duration");
    expect(claimed("It is the 12-month period used by the survey.")).toEqual([]);
    expect(claimed("The measure counts those jobless in the prior 12 months.")).toEqual([]);
    expect(duration("Sales rose 5% in the 12-month period to March.")).toHaveLength(1);
  });
});

describe("spelled numbers that do not compose", () => {
  const numbers = (t: string) => extractValues(t).filter((v) => v.kind === "number").map((v) => [v.value, v.text]);
  it("reads 'two one-man shows' as two, not three", () => {
    expect(numbers("His work included two one-man shows, which netted him a fee.")).toEqual([[2, "two"]]);
  });

  it("still composes tens and units, and units after a scale", () => {
    expect(numbers("He scored twenty one points.")).toEqual([[21, "twenty one"]]);
    expect(numbers("Forty-five people came.")).toEqual([[45, "Forty-five"]]);
    expect(numbers("About two hundred and five fans cheered.")).toEqual([[205, "About two hundred and five"]]);
  });
});

describe("rankings within a field, and comparatives against every past or rival", () => {
  const rankings = (t: string) => extractValues(t).filter((v) => v.kind === "event" && v.value === "ranking").map((v) => v.text);
  it("claims a superlative ranked in a place or field named after it", () => {
    expect(rankings("The jobless rate is the lowest in Europe.")).toEqual(["lowest"]);
    expect(rankings("It is the busiest airport in the world.")).toEqual(["busiest airport"]);
    expect(claimed("He is the richest man in Britain.")).toHaveLength(1);
  });

  it("does not take a month, or a name after 'of', for a field", () => {
    expect(rankings("It was the biggest rise in March.")).toEqual([]);
    expect(rankings("They want the best eight players of the Painkiller game.")).toEqual([]);
  });

  it("claims a comparative measured against every past or every rival", () => {
    expect(rankings("Unemployment is now lower than at any time since the 1970s.")).toEqual(["lower than at any time"]);
    expect(rankings("Crime is worse than ever.")).toEqual(["worse than ever"]);
    expect(rankings("The club is bigger than any other in the league.")).toEqual(["bigger than any other"]);
    expect(rankings("Prices rose more than expected.")).toEqual([]);
  });
});

describe("holidays", () => {
  const dates = (t: string) => extractValues(t).filter((v) => v.kind === "date").map((v) => v.text);
  it("reads holidays that need 'Day' only with it", () => {
    expect(dates("The shop reopened on Boxing Day.")).toEqual(["on Boxing Day"]);
    expect(dates("He flew in on Valentine's Day.")).toEqual(["on Valentine's Day"]);
    expect(dates("The festival ended at Halloween.")).toEqual(["at Halloween"]);
    expect(dates("Since Labour came to power, taxes rose.")).toEqual([]);
    expect(claimed("The team arrived on Boxing Day.")).toHaveLength(1);
  });
});
