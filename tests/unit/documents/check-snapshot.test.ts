import { describe, expect, it } from "vitest";
import { checkSnapshot } from "@/lib/documents/check-snapshot";

const citations = [
  { citationId: "c1", quote: "more than $200 million in flood relief" },
  { citationId: "c2", quote: "The floods submerged one-third\nof the country" },
];

describe("checkSnapshot", () => {
  it("says UNCHANGED when the bytes are the same", () => {
    expect(checkSnapshot({ sha256: "a", fresh: { httpStatus: 200, sha256: "a", text: null }, citations })).toEqual({ status: "UNCHANGED", httpStatus: 200, missingCitationIds: [] });
  });

  it("says CHANGED when the page changed but every cited passage is still there (spacing aside)", () => {
    const text = "Updated: more than $200 million in flood relief. The floods submerged one-third of the country.";
    expect(checkSnapshot({ sha256: "a", fresh: { httpStatus: 200, sha256: "b", text }, citations }).status).toBe("CHANGED");
  });

  it("names the citations whose passage is gone", () => {
    const text = "Updated: more than $250 million in flood relief. The floods submerged one-third of the country.";
    expect(checkSnapshot({ sha256: "a", fresh: { httpStatus: 200, sha256: "b", text }, citations })).toEqual({ status: "PASSAGES_MISSING", httpStatus: 200, missingCitationIds: ["c1"] });
  });

  it("says UNREACHABLE for a failed fetch or an error status", () => {
    expect(checkSnapshot({ sha256: "a", fresh: null, citations }).status).toBe("UNREACHABLE");
    expect(checkSnapshot({ sha256: "a", fresh: { httpStatus: 404, sha256: "x", text: "Not found" }, citations })).toEqual({ status: "UNREACHABLE", httpStatus: 404, missingCitationIds: [] });
  });
});
