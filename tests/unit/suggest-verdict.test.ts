import { describe, expect, it } from "vitest";
import { suggestVerdict } from "@/lib/review/suggest-verdict";

const evidence = (over: Partial<Parameters<typeof suggestVerdict>[0]> = {}) => ({ supports: 0, contradicts: 0, context: 0, openFlags: [], ...over });

describe("suggested verdicts", () => {
  it("suggests nothing without evidence, or with context alone", () => {
    expect(suggestVerdict(evidence()).verdict).toBeNull();
    expect(suggestVerdict(evidence({ context: 2 })).verdict).toBeNull();
  });
  it("reads stances and flags", () => {
    expect(suggestVerdict(evidence({ supports: 1 }))).toMatchObject({ verdict: "ACCURATE", reason: expect.stringContaining("supports") });
    expect(suggestVerdict(evidence({ contradicts: 1 })).verdict).toBe("INACCURATE");
    expect(suggestVerdict(evidence({ supports: 1, contradicts: 1 })).verdict).toBe("MISLEADING");
    expect(suggestVerdict(evidence({ supports: 1, openFlags: [{ kind: "NUMBER_MISMATCH", severity: "MEDIUM" }] })).verdict).toBe("MOSTLY_ACCURATE");
    expect(suggestVerdict(evidence({ supports: 1, openFlags: [{ kind: "NUMBER_MISMATCH", severity: "HIGH" }] })).verdict).toBe("INACCURATE");
    expect(suggestVerdict(evidence({ supports: 1, openFlags: [{ kind: "OTHER", severity: "HIGH" }] })).verdict).toBe("ACCURATE");
  });
});
