import { describe, expect, it } from "vitest";
import { detectClaims } from "@/lib/claims";
import { fingerprintClaim, matchClaims, sentenceAround, type ClaimFingerprint } from "@/lib/matching";

const PUBLISHED = new Date("2024-06-01T00:00:00Z");

/** The claim the detector finds around `find` in `text`, fingerprinted with its sentence. */
function claimIn(text: string, find?: string): ClaimFingerprint {
  const claims = detectClaims(text, { publishedAt: PUBLISHED });
  const at = find ? text.indexOf(find) : 0;
  const claim = claims.find((c) => c.start <= at && c.end > at) ?? claims[0];
  if (!claim) throw new Error(`no claim in: ${text}`);
  return fingerprintClaim({ ...claim, context: sentenceAround(text, claim.start, claim.end) });
}

const F16 = claimIn(
  "In September 2022, the Biden administration approved a $450 million package for the sustainment of Pakistan’s F-16 fleet in a bid to better supplement Pakistan’s counterterrorism efforts.",
);

describe("matchClaims", () => {
  it("finds a paraphrase with the same amount and date SAME", () => {
    const paraphrase = claimIn("In Sept. 2022 the U.S. approved $450 million to sustain Pakistan's fleet of F-16 jets.");
    const [match] = matchClaims(F16, [{ id: "p", fingerprint: paraphrase }]);
    expect(match).toMatchObject({ claimId: "p", relation: "SAME" });
    expect(match.score).toBeGreaterThan(0.5);
    expect(match.reason).toMatch(/Same/);
  });

  it("finds the same subject with 1,000 times the amount CONFLICTING, naming both figures", () => {
    const typo = claimIn("Washington approved a $450 billion package for the sustainment of Pakistan's F-16 fleet in September 2022.");
    const [match] = matchClaims(F16, [{ id: "t", fingerprint: typo }]);
    expect(match).toMatchObject({ claimId: "t", relation: "CONFLICTING" });
    expect(match.reason).toContain("$450 billion");
  });

  it("finds the same subject in another year CONFLICTING", () => {
    const other = claimIn("In September 2021, the Biden administration approved a $450 million package for the sustainment of Pakistan's F-16 fleet.");
    expect(matchClaims(F16, [{ id: "y", fingerprint: other }])[0]?.relation).toBe("CONFLICTING");
  });

  it("leaves out the same amount about something else", () => {
    const mcc = claimIn("The MCC Board approved a $450 million compact with Mozambique to upgrade roads and ports.");
    const ukraine = claimIn("The Biden administration approved a $450 million aid package for Ukraine's air defences in September 2022.");
    expect(matchClaims(F16, [{ id: "m", fingerprint: mcc }, { id: "u", fingerprint: ukraine }])).toEqual([]);
  });

  it("reads different phrasings of one date as SAME and another day as CONFLICTING", () => {
    const meeting = claimIn("Blinken met Pakistan Army chief Asim Munir at the State Department in Washington on Dec. 14, 2023.");
    const same = claimIn("Antony Blinken met Asim Munir, Pakistan's army chief, at the State Department on 14 December 2023.");
    const later = claimIn("Antony Blinken met Asim Munir, Pakistan's army chief, at the State Department on December 15, 2023.");
    const found = matchClaims(meeting, [{ id: "same", fingerprint: same }, { id: "later", fingerprint: later }]);
    expect(Object.fromEntries(found.map((m) => [m.claimId, m.relation]))).toEqual({ same: "SAME", later: "CONFLICTING" });
  });

  it("keeps a hedge within the checks' tolerance: 'over' is 'more than', and 'about 3,000' is not 'more than 30,000'", () => {
    const workers = claimIn("More than 30,000 community health workers will be trained, paid, and equipped with supplies.");
    const over = claimIn("Over 30,000 community health workers will be trained, paid and equipped.");
    const fewer = claimIn("About 3,000 community health workers will be trained, paid and equipped.");
    const found = matchClaims(workers, [{ id: "over", fingerprint: over }, { id: "fewer", fingerprint: fewer }]);
    expect(Object.fromEntries(found.map((m) => [m.claimId, m.relation]))).toEqual({ over: "SAME", fewer: "CONFLICTING" });
  });

  it("ranks best first and is symmetric", () => {
    const close = claimIn("In September 2022 the Biden administration approved a $450 million package to sustain Pakistan's F-16 fleet and supplement its counterterrorism efforts.");
    const loose = claimIn("Pakistan's F-16 fleet got $450 million in 2022.");
    const found = matchClaims(F16, [{ id: "loose", fingerprint: loose }, { id: "close", fingerprint: close }]);
    expect(found.map((m) => m.claimId)[0]).toBe("close");
    const back = matchClaims(close, [{ id: "f16", fingerprint: F16 }]);
    expect(back[0]?.relation).toBe(found.find((m) => m.claimId === "close")?.relation);
  });
});

describe("fingerprintClaim", () => {
  it("is plain JSON that survives storage", () => {
    const stored = JSON.parse(JSON.stringify(F16)) as ClaimFingerprint;
    expect(stored).toEqual(F16);
    expect(stored.v).toBe(1);
    expect(stored.kind).toBe("money");
    expect(stored.values.map((v) => v.text)).toEqual(["September 2022", "$450 million"]);
  });

  it("keeps the subject and leaves the figures and function words out", () => {
    const terms = Object.keys(F16.terms);
    expect(terms).toEqual(expect.arrayContaining(["pakistan", "f-16", "biden", "packag"]));
    for (const word of ["450", "million", "september", "the", "in"]) expect(terms).not.toContain(word);
    expect(F16.terms["pakistan"]).toBeGreaterThan(F16.terms["packag"]);
    expect(F16.events).toEqual(["approval"]);
  });

  it("takes the subject from the sentence when the quote is cut short", () => {
    const text = "Pakistan and the United States renewed the Communication Interoperability and Security Memorandum of Agreement (CIS-MOA), originally signed in 2005 for 15 years.";
    const fp = claimIn(text, "originally signed");
    expect(Object.keys(fp.terms)).toEqual(expect.arrayContaining(["cis-moa"]));
  });

  it("reads a bare year written as a number as that year", () => {
    const fp = claimIn("The Pakistani Taliban claimed responsibility for the failed 2010 Times Square car bomb in New York.");
    expect(fp.values).toContainEqual(expect.objectContaining({ kind: "date", value: "2010", unit: "year" }));
  });
});

describe("sentenceAround", () => {
  it("gives the sentence that holds a span", () => {
    const body = "First sentence here. The budget provides $46 million to the project. Last one.";
    const start = body.indexOf("$46");
    expect(sentenceAround(body, start, start + 11)).toBe("The budget provides $46 million to the project.");
  });
});
