import { describe, expect, it } from "vitest";
import { worstLinkRot } from "@/lib/snapshots/claims-link-rot";

const cite = (citationId: string, claimId: string, sourceId: string) => ({ citationId, claimId, sourceId });

describe("worstLinkRot", () => {
  it("gives each claim the worst latest check of its cited sources, and leaves out claims never checked", () => {
    const result = worstLinkRot(
      [cite("c1", "A", "s1"), cite("c2", "A", "s2"), cite("c3", "B", "s1"), cite("c4", "C", "s3")],
      [
        { sourceId: "s1", status: "UNCHANGED", missingCitationIds: [] },
        { sourceId: "s2", status: "UNREACHABLE", missingCitationIds: [] },
      ],
    );
    expect(Object.fromEntries(result)).toEqual({ A: "UNREACHABLE", B: "UNCHANGED" });
  });

  it("says passages are gone only for the claims whose own citation lost its passage", () => {
    const result = worstLinkRot([cite("c1", "A", "s1"), cite("c2", "B", "s1")], [{ sourceId: "s1", status: "PASSAGES_MISSING", missingCitationIds: ["c1"] }]);
    expect(Object.fromEntries(result)).toEqual({ A: "PASSAGES_MISSING", B: "CHANGED" });
  });

  it("ranks a lost passage above an unreachable page", () => {
    const result = worstLinkRot(
      [cite("c1", "A", "s1"), cite("c2", "A", "s2")],
      [
        { sourceId: "s1", status: "UNREACHABLE", missingCitationIds: [] },
        { sourceId: "s2", status: "PASSAGES_MISSING", missingCitationIds: ["c2"] },
      ],
    );
    expect(result.get("A")).toBe("PASSAGES_MISSING");
  });
});
