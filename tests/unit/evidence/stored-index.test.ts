import { describe, expect, it } from "vitest";
import { indexSnapshot } from "@/lib/evidence/index-snapshot";
import { EVIDENCE_INDEX_VERSION, parseStoredPassages, serializePassages } from "@/lib/evidence/stored-index";

const text = "Flood aid\n\nThe United States has provided more than $200 million since August 2022.";

describe("stored passage indexes", () => {
  it("round-trip through JSON text", () => {
    const { passages } = indexSnapshot({ snapshotId: "s", sourceId: "src", text });
    expect(parseStoredPassages(serializePassages(passages), text.length)).toEqual(passages);
  });

  it("are refused (to be rebuilt) when malformed, of another version, or of another text", () => {
    const { passages } = indexSnapshot({ snapshotId: "s", sourceId: "src", text });
    expect(parseStoredPassages("{not json", text.length)).toBeNull();
    expect(parseStoredPassages(JSON.stringify({ version: EVIDENCE_INDEX_VERSION + 1, passages }), text.length)).toBeNull();
    expect(parseStoredPassages(JSON.stringify({ version: EVIDENCE_INDEX_VERSION, passages: [{ start: 0 }] }), text.length)).toBeNull();
    expect(parseStoredPassages(serializePassages(passages), 10)).toBeNull();
    expect(parseStoredPassages(null, text.length)).toBeNull();
  });
});
