import { describe, expect, it } from "vitest";
import { splitPool } from "@/lib/db/pg-adapter";

describe("splitPool", () => {
  it("gives transactions half of a process's connections and single statements the rest", () => {
    expect(splitPool(10)).toEqual({ transactions: 5, statements: 5 });
    expect(splitPool(5)).toEqual({ transactions: 2, statements: 3 });
    expect(splitPool(2)).toEqual({ transactions: 1, statements: 1 });
  });

  it("keeps a single connection shared", () => {
    expect(splitPool(1)).toBeNull();
  });
});
