import { describe, expect, it } from "vitest";
import { NO_FILTER, filterClaimRows, type ClaimListRow } from "@/app/ui/claim-list-rows";

const row = (id: string, patch: Partial<ClaimListRow>): ClaimListRow => ({
  id, kind: "money", state: "UNREVIEWED", verdict: null, anchor: "ANCHORED", suggested: false, quote: id, values: "", openFlags: 0, highFlags: 0, mine: false, ...patch,
});
const rows = [
  row("a", { kind: "date", state: "IN_REVIEW", mine: true }),
  row("b", { openFlags: 2, highFlags: 1 }),
  row("c", { suggested: true }),
  row("d", { kind: "date", state: "SIGNED_OFF", verdict: "INACCURATE", openFlags: 1 }),
];
const ids = (filter: Partial<typeof NO_FILTER>) => filterClaimRows(rows, { ...NO_FILTER, ...filter }).map((r) => r.id);

describe("filterClaimRows", () => {
  it("keeps every claim in reading order without a filter", () => expect(ids({})).toEqual(["a", "b", "c", "d"]));
  it("filters by kind, state, flagged and mine, together", () => {
    expect(ids({ kind: "date" })).toEqual(["a", "d"]);
    expect(ids({ flagged: true })).toEqual(["b", "d"]);
    expect(ids({ mine: true })).toEqual(["a"]);
    expect(ids({ kind: "date", flagged: true })).toEqual(["d"]);
  });
  it("shows a suggestion only under Suggested, never under its nominal state", () => {
    expect(ids({ state: "UNREVIEWED" })).toEqual(["b"]);
    expect(ids({ state: "SUGGESTED" })).toEqual(["c"]);
  });
});
