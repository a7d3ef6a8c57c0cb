import { describe, expect, it } from "vitest";
import { appendRows, readFrom } from "@/lib/review/append-rows";

const row = (id: string, createdAt: string) => ({ id, createdAt });
const T1 = "2026-12-06T10:00:00.000Z";
const T2 = "2026-12-06T10:00:01.000Z";
const T3 = "2026-12-06T10:00:02.000Z";

describe("a kept list of comments or history lines brought up to date", () => {
  it("reads from the newest kept row, or from the beginning when none is kept", () => {
    expect(readFrom([row("a", T1), row("b", T2)])).toBe(T2);
    expect(readFrom([])).toBe("1970-01-01T00:00:00.000Z");
  });

  it("keeps the rows from before the newest time and takes every row read from it on, in the order read", () => {
    const kept = [row("a", T1), row("b", T2)];
    const read = { rows: [row("b", T2), row("c", T2), row("d", T3)], total: 4 };
    expect(appendRows(kept, T2, read)?.map((r) => r.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("gives up when a row was written with an earlier time than a kept one (the count does not add up)", () => {
    const kept = [row("a", T1), row("c", T3)];
    // "b" (T2) committed after "c" was kept: it is not among the rows read from T3 on, but the count has it.
    expect(appendRows(kept, T3, { rows: [row("c", T3), row("d", T3)], total: 4 })).toBeNull();
  });

  it("gives up when nothing was read to carry the count", () => {
    expect(appendRows([row("a", T1)], T1, { rows: [], total: null })).toBeNull();
  });
});
