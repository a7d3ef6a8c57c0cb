import { describe, expect, it } from "vitest";
import { detectClaims } from "../../../lib/claims";

const quotes = (t: string, publishedAt?: Date) => detectClaims(t, { publishedAt }).map((c) => c.quote);

describe("one claim per assertion", () => {
  it("splits at a dash between two assertions with their own figures", () => {
    expect(quotes("Burglaries are down 22% — on track for the fewest in at least 40 years.")).toEqual([
      "Burglaries are down 22%",
      "on track for the fewest in at least 40 years.",
    ]);
    expect(quotes("Unemployment fell to 3.9% - its lowest level since 2001.")).toEqual([
      "Unemployment fell to 3.9%",
      "its lowest level since 2001.",
    ]);
  });

  it("keeps a dashed aside without a figure inside its sentence", () => {
    const t = "The $40 million grant – for schools run by two charities – is expected to reach 9,000 pupils.";
    expect(quotes(t)).toEqual([t]);
  });

  it("splits at semicolons and at while/and before a new subject with its own figure", () => {
    expect(quotes("Exports rose 4.2% in 2023; imports fell 1.1%.")).toEqual(["Exports rose 4.2% in 2023", "imports fell 1.1%."]);
    expect(quotes("Sales climbed 12% in the first quarter while operating costs rose 3%.")).toEqual([
      "Sales climbed 12% in the first quarter",
      "operating costs rose 3%.",
    ]);
    expect(quotes("The city hired 240 officers in 2022, and the county added 85 deputies.")).toEqual([
      "The city hired 240 officers in 2022",
      "the county added 85 deputies.",
    ]);
    expect(quotes("In 2020, the firm earned $5 million, and in 2021 it earned $7 million.")).toEqual([
      "In 2020, the firm earned $5 million",
      "in 2021 it earned $7 million.",
    ]);
  });

  it("splits at 'and' before a second verb with its own figure", () => {
    expect(quotes("The clinic treated more than 4,000 patients and trained 120 nurses across the province.")).toEqual([
      "The clinic treated more than 4,000 patients",
      "trained 120 nurses across the province.",
    ]);
    // An aside between "and" and its verb stays with the second clause.
    expect(quotes("The fund, created in 1998, marks its 25th year and, with its partner bank, has lent $3 billion.")).toEqual([
      "The fund, created in 1998, marks its 25th year",
      "with its partner bank, has lent $3 billion.",
    ]);
  });

  it("splits off a trailing clause that states a figure of its own", () => {
    expect(quotes("The storm killed 12 people, leaving 3,000 homeless.")).toEqual(["The storm killed 12 people", "leaving 3,000 homeless."]);
    expect(quotes("The county will spend $80 million on roads in 2025, a $15 million increase over last year's budget.")).toEqual([
      "The county will spend $80 million on roads in 2025",
      "a $15 million increase over last year's budget.",
    ]);
    expect(quotes("The bridge opened in 1932, after the city was granted the construction permit in 1927.")).toEqual([
      "The bridge opened in 1932",
      "after the city was granted the construction permit in 1927.",
    ]);
    expect(quotes("Both sides signed the treaty in 1994, later amended in 2006 for another 10 years.")).toHaveLength(1);
    expect(quotes("Both sides renewed the treaty in 1994, quietly extended in 2006 for 10 years.")).toEqual([
      "Both sides renewed the treaty in 1994",
      "quietly extended in 2006 for 10 years.",
    ]);
  });

  it("splits a run of list items, each with its own figure", () => {
    expect(
      quotes("The effort includes hiring 300 inspectors, testing 1.2 million wells, and repairing 45 treatment plants."),
    ).toEqual(["hiring 300 inspectors", "testing 1.2 million wells", "repairing 45 treatment plants."]);
    expect(quotes("The program served 3,000 families • It trained 250 teachers • It opened 12 clinics")).toEqual([
      "The program served 3,000 families",
      "It trained 250 teachers",
      "It opened 12 clinics",
    ]);
    expect(quotes("The package covers three areas: $40 million for bridges, $25 million for buses and $10 million for bike lanes.")).toEqual([
      "The package covers three areas: $40 million for bridges",
      "$25 million for buses",
      "$10 million for bike lanes.",
    ]);
  });

  it("keeps several values that belong to one assertion together", () => {
    for (const t of [
      "The state approved a $450 million package in September 2022.",
      "The agency spent $5 million in 2021, up from $3 million in 2020.",
      "Smith, 45, and Jones, 52, were charged in 2021.",
      "The company, which employs 5,000 people, reported $2 billion in revenue.",
      "Turnout was 61% in 2020 and 58% in 2016.",
      "Both the jobless rate, at 4.1 percent, and the number of jobless people, at 6.9 million, were unchanged in May.",
    ]) {
      expect(quotes(t), t).toEqual([t]);
    }
  });

  it("does not split a list item that is only a place or a name", () => {
    const t = "The $2 million went to schools in Kenya, Uganda, and Tanzania, as part of the $9 million pledged in 2023.";
    expect(quotes(t)).toHaveLength(1);
  });
});

describe("the smallest span that carries the assertion", () => {
  it("cuts framing before the claim", () => {
    expect(quotes("In addition, the budget provides $2.1 billion to modernize air traffic control systems nationwide.")[0]).toBe(
      "$2.1 billion to modernize air traffic control systems nationwide.",
    );
    expect(quotes("This includes $75 million for rural clinics.")[0]).toBe("$75 million for rural clinics.");
    expect(quotes("Harbor Safety Program: The Coast Guard will station 14 new cutters in the Gulf by 2027.")[0]).toBe(
      "The Coast Guard will station 14 new cutters in the Gulf by 2027.",
    );
    expect(
      quotes("Recognizing the role that small businesses play in every town across the region, the agency approved 1,450 loans in 2024.")[0],
    ).toBe("the agency approved 1,450 loans in 2024.");
  });

  it("keeps an actor that does the thing claimed", () => {
    expect(quotes("The department will invest $1.2 billion in rural broadband.")[0]).toBe(
      "The department will invest $1.2 billion in rural broadband.",
    );
  });

  it("cuts purpose and promotion after the last figure", () => {
    expect(
      quotes(
        "The Budget also provides $500 million for wildfire prevention, which will support the Administration's commitment to protecting rural communities across the West.",
      ),
    ).toEqual(["$500 million for wildfire prevention"]);
    expect(
      quotes(
        "The agency is providing $9 million to expand a harbor pier in Darwin to enhance maritime law enforcement and sustain patrols across the northern coast.",
      ),
    ).toEqual(["The agency is providing $9 million to expand a harbor pier in Darwin"]);
    // The purpose that names what the money is for stays; the promotion after it goes.
    expect(
      quotes(
        "The county also provides $2 million to expand victim services, ensuring that families get the support they need for years to come.",
      ),
    ).toEqual(["The county also provides $2 million to expand victim services"]);
    // A purpose set off by a comma ends the claim, whatever follows it.
    expect(
      quotes(
        "The state will allocate $100 million in grants to rural hospitals for fiscal year 2026, a $20 million increase over past funding levels, to enhance the hospitals' ability to recruit doctors and nurses.",
      ),
    ).toEqual(["The state will allocate $100 million in grants to rural hospitals for fiscal year 2026", "a $20 million increase over past funding levels"]);
    // When even the first purpose leaves the claim long, the claim ends before it.
    expect(
      quotes(
        "The United States, working closely with Congress and its many regional partners, plans to provide $10 million to substantially strengthen how the critical infrastructure of its partners is secured and modernized.",
      ),
    ).toEqual(["The United States, working closely with Congress and its many regional partners, plans to provide $10 million"]);
    expect(
      quotes(
        "Chipmakers announced $40 billion in new factories last year, ensuring America's leadership in advanced manufacturing for decades to come.",
      )[0],
    ).toBe("Chipmakers announced $40 billion in new factories last year");
  });

  it("leaves the words a figure needs to say anything", () => {
    // Framing and purpose both cut would leave a bare "$2.1 billion"; the purpose that names the thing funded stays.
    expect(
      quotes(
        "In addition, the budget provides $2.1 billion to modernize the nation's air traffic control system, ensuring America's leadership in aviation safety for decades to come.",
      ),
    ).toEqual(["$2.1 billion to modernize the nation's air traffic control system"]);
  });

  it("does not take an infinitive of the main verb, a recipient or a subject for a purpose clause", () => {
    for (const t of [
      "Both governments continue to expand trade under the 2019 framework agreement signed by their ministers in Geneva.",
      "The foundation awarded $3 million to local hospitals and clinics across the northern provinces of the country.",
      "Through more than $50 million in grants, local organizations are running programs in 40 districts across the state.",
    ]) {
      expect(quotes(t), t).toEqual([t]);
    }
  });

  it("never cuts through a value, a quotation or an event", () => {
    const t = "In 2019, lawmakers approved the plan 52-48 to fund 300 new schools, the ministry said.";
    const [c] = detectClaims(t);
    expect(c.values.map((v) => v.value)).toContain(300);
    const q = detectClaims("“We will build 300 schools,” Education Minister Amina Yusuf said, according to state media.");
    expect(q[0].quote).toContain("Amina Yusuf");
  });

  it("makes spans over 250 characters rare", () => {
    const t = [
      "Advancing Clean Water: Recognizing the importance of safe drinking water to public health and economic growth, the",
      "State is investing $320 million to replace lead service lines, upgrade 85 treatment plants, and modernize monitoring",
      "systems across 40 counties, ensuring that every family has access to clean water and supporting thousands of",
      "construction jobs in communities that have waited decades for these investments.",
    ].join(" ");
    for (const c of detectClaims(t)) expect(c.end - c.start, c.quote).toBeLessThan(250);
  });
});
