import { describe, expect, it } from "vitest";
import { descendantsOf } from "../../../bench/server";

describe("descendantsOf", () => {
  // 1 ─ 10 (server's main process) ─┬─ 11 (server worker)
  //                                  └─ 12 (job worker) ─ 13
  // 1 ─ 20 (unrelated)
  const parents = new Map([
    [10, 1],
    [11, 10],
    [12, 10],
    [13, 12],
    [20, 1],
  ]);

  it("finds children and their children, and nothing else", () => {
    expect(descendantsOf(parents, 10).sort((a, b) => a - b)).toEqual([11, 12, 13]);
  });

  it("finds none under a process without children", () => {
    expect(descendantsOf(parents, 20)).toEqual([]);
  });
});
