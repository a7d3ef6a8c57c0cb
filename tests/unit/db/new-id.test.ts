import { describe, expect, it } from "vitest";
import { newId } from "@/lib/db/new-id";

describe("newId", () => {
  it("is shaped like Prisma's cuids: c, then 24 base-36 characters", () => {
    expect(newId()).toMatch(/^c[0-9a-z]{24}$/);
  });

  it("increases within one millisecond, so rows written together keep their order", () => {
    const ids = Array.from({ length: 1000 }, () => newId(1_765_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("sorts a later millisecond after an earlier one", () => {
    const early = Array.from({ length: 50 }, () => newId(1_765_000_000_000));
    const late = newId(1_765_000_000_001);
    expect(early.every((id) => id < late)).toBe(true);
  });
});
