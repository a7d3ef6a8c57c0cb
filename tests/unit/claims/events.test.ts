import { describe, expect, it } from "vitest";
import { detectClaims, extractValues } from "../../../lib/claims";

const events = (t: string) => extractValues(t).filter((v) => v.kind === "event");

describe("events", () => {
  it("labels killings with the target", () => {
    const [e] = events("the killing of Baitullah Mehsud, the first leader of the Pakistani Taliban, in 2009");
    expect(e).toMatchObject({ value: "killing", target: "Baitullah Mehsud" });
  });

  it("labels sanctions with actor and target", () => {
    const [e] = events("In November 2022, the U.S. State Department sanctioned Qari Amjad, the deputy leader of the TTP.");
    expect(e).toMatchObject({ value: "sanction", actor: "U.S. State Department", target: "Qari Amjad" });
  });

  it("labels withdrawals, invasions, visits and approvals", () => {
    expect(events("the hasty U.S. withdrawal from Afghanistan in 2021")[0]).toMatchObject({
      value: "withdrawal", actor: "U.S.", target: "Afghanistan",
    });
    expect(events("Since the 1979 Soviet invasion, Afghanistan changed.")[0]).toMatchObject({ value: "invasion", actor: "Soviet" });
    expect(events("Munir’s visit to Washington")[0]).toMatchObject({ value: "visit", actor: "Munir", target: "Washington" });
    expect(events("the Biden administration approved a package")[0]).toMatchObject({ value: "approval", actor: "Biden administration" });
  });

  it("labels agreements signed and renewed, votes and strikes", () => {
    const vs = events("Both renewed the CIS-MOA, originally signed in 2005.").map((e) => e.value);
    expect(vs).toEqual(["agreement renewed", "agreement signed"]);
    expect(events("Parliament voted to extend the mandate.")[0]).toMatchObject({ value: "vote", actor: "Parliament" });
    expect(events("a U.S. drone strike in Kabul")[0]).toMatchObject({ value: "strike", target: "Kabul" });
  });

  it("uses the newsroom's labels for specific events", () => {
    const label = (t: string) => events(t).map((e) => e.value);
    expect(label("the United States denied his request for military assistance")).toContain("request denied");
    expect(label("taken credit for a failed bomb explosion in Times Square")).toEqual(["bombing attempt"]);
    expect(label("the decision to suspend military aid to Pakistan in 2018")).toEqual(["aid suspended"]);
    expect(label("the Trump Administration designated CJNG as a Foreign Terrorist Organization")).toEqual(["terrorist designation"]);
    expect(label("the unsealing of charges against five men")).toEqual(["charges unsealed"]);
    expect(label("the country was awarded the hosting rights in 2010")).toEqual(["hosting rights awarded"]);
    expect(label("won the final against France 4–2 on penalties")).toContain("match result");
    expect(label("Lionel Messi won the Golden Ball.")).toEqual(["award"]);
    expect(label("Blinken speaks with Pakistan Chief of Army Staff Asim Munir")).toEqual(["meeting"]);
    expect(label("Samaritan’s Purse deployed a field hospital in Venezuela")).toEqual(["deployment"]);
    expect(label("following the recent death of his stepfather")).toEqual(["death"]);
  });

  it("labels each kind of event it knows", () => {
    const cases: [string, string][] = [
      ["The rebels seized the airport.", "takeover"],
      ["He was arrested in Lahore.", "arrest"],
      ["She resigned as minister.", "resignation"],
      ["He was appointed envoy.", "appointment"],
      ["He pleaded guilty to fraud.", "guilty plea"],
      ["She was convicted of bribery.", "conviction"],
      ["He was sentenced to ten years.", "sentencing"],
      ["Three men were charged with murder.", "charges filed"],
      ["The court ruled against the ban.", "ruling"],
      ["The firm sued the regulator.", "lawsuit"],
      ["Google acquired the startup.", "acquisition"],
      ["The two banks merged.", "merger"],
      ["A ceasefire took hold.", "ceasefire"],
      ["She was nominated for the post.", "nomination"],
      ["The coach was sacked.", "dismissal"],
      ["He was extradited to Mexico.", "extradition"],
      ["Parliament voted on the bill.", "vote"],
      ["An air strike hit the depot.", "strike"],
      ["A blast hit the market.", "attack"],
      ["He was re-elected in 2020.", "election"],
      ["The troops invaded the north.", "invasion"],
      ["The army pulled out of the city.", "withdrawal"],
      ["Congress ratified the treaty.", "approval"],
      ["The president visited Kabul.", "visit"],
      ["Officials met with the envoy.", "meeting"],
      ["The leader died in 2011.", "death"],
      ["The cartel's leader was killed in 2011.", "killing"],
    ];
    for (const [sentence, label] of cases) expect(events(sentence).map((e) => e.value), sentence).toContain(label);
  });

  it("does not take a call to visit a web page for a visit", () => {
    expect(events("For more information on the grants, visit: www.example.gov")).toEqual([]);
    expect(events("Please visit the agency's website for details.")).toEqual([]);
    expect(events("Visit www.example.org to apply.")).toEqual([]);
    expect(events("To learn more, visit our page on the 2024 awards.")).toEqual([]);
    expect(events("The president will visit Kenya in May.")[0]).toMatchObject({ value: "visit" });
  });

  it("treats calls to action as page furniture, whatever figures they hold", () => {
    for (const t of [
      "For more information on the 2024 program and its 300 grants, visit: www.example.gov",
      "Learn more about the 40 projects funded in 2023.",
      "Read the full report on the $2 billion plan here.",
      "Click here to download the 2024 budget of $3.5 billion.",
    ]) {
      expect(detectClaims(t), t).toEqual([]);
    }
    expect(detectClaims("The 2,000 grants were paid in 2023. Read the full report at example.org.")).toHaveLength(1);
  });

  it("does not take an intention for an event", () => {
    expect(events("governments interested in deploying the U.S. AI stack")).toEqual([]);
  });

  it("reads the victim of a passive killing", () => {
    expect(events("Hakimullah Mehsud was killed by a drone in 2013.")[0]).toMatchObject({
      value: "killing", target: "Hakimullah Mehsud", actor: "drone",
    });
  });

  it("makes a dated event a claim", () => {
    const [c] = detectClaims("The army chief visited Washington in December 2023.");
    expect(c.values.map((v) => v.kind)).toEqual(["event", "date"]);
    expect(c.kind).toBe("date");
  });
});
