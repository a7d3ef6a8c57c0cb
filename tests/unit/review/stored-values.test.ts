import { describe, expect, it } from "vitest";
import { parseStoredValues, serializeValues } from "@/lib/review/stored-values";
import type { ClaimValue } from "@/lib/claims/types";

describe("parseStoredValues", () => {
  it("reads back what was stored, every field kept", () => {
    const values = [
      { kind: "money", value: 200_000_000_000, text: "$200 billion", unit: "USD", qualifier: "more than" },
      { kind: "date", value: "2023-05", text: "May 2023", relative: false },
    ] as ClaimValue[];
    expect(parseStoredValues(serializeValues(values))).toEqual(values);
  });

  it("reads nothing from no text, text that is not JSON, or JSON that is not a list", () => {
    for (const json of [null, undefined, "", "{not json", '{"kind":"money"}', "42"]) expect(parseStoredValues(json)).toEqual([]);
  });

  it("reads nothing when any value is malformed, rather than half a list", () => {
    const good = { kind: "number", value: 3, text: "three" };
    for (const bad of [null, "money", { kind: "weight", value: 3, text: "3 kg" }, { kind: "money", value: true, text: "$1" }, { kind: "money", value: 1 }]) {
      expect(parseStoredValues(JSON.stringify([good, bad]))).toEqual([]);
    }
    expect(parseStoredValues(JSON.stringify([good]))).toEqual([good]);
  });
});
