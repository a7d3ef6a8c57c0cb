import { describe, expect, it } from "vitest";
import { splitPool } from "@/lib/db/pg-adapter";

describe("splitPool", () => {
  it("gives transactions three in ten of a process's connections (at least two from four on) and single statements the rest", () => {
    expect(splitPool(10)).toEqual({ transactions: 3, statements: 7 });
    expect(splitPool(20)).toEqual({ transactions: 6, statements: 14 });
    expect(splitPool(6)).toEqual({ transactions: 2, statements: 4 });
    expect(splitPool(4)).toEqual({ transactions: 2, statements: 2 });
    expect(splitPool(3)).toEqual({ transactions: 1, statements: 2 });
    expect(splitPool(2)).toEqual({ transactions: 1, statements: 1 });
  });

  it("keeps a single connection shared", () => {
    expect(splitPool(1)).toBeNull();
  });
});
