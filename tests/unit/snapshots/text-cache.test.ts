import { describe, expect, it } from "vitest";
import { TextCache } from "@/lib/snapshots/text-cache";

describe("TextCache", () => {
  it("drops the least recently used texts once over its byte budget", () => {
    const cache = new TextCache(20); // ten characters at two bytes each
    cache.set("a", "aaaa");
    cache.set("b", "bbbb");
    expect(cache.get("a")).toBe("aaaa"); // a is now the most recent
    cache.set("c", "cccc");
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("aaaa");
    expect(cache.get("c")).toBe("cccc");
    expect(cache.bytes).toBe(16);
  });

  it("never keeps a text larger than the whole budget, and keeps what it held", () => {
    const cache = new TextCache(20);
    cache.set("a", "aaaa");
    cache.set("huge", "x".repeat(11));
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("a")).toBe("aaaa");
    expect(cache.bytes).toBe(8);
  });

  it("counts a replaced or deleted text once", () => {
    const cache = new TextCache(100);
    cache.set("a", "aaaa");
    cache.set("a", "aa");
    expect(cache.bytes).toBe(4);
    cache.delete("a");
    expect(cache.bytes).toBe(0);
    expect(cache.size).toBe(0);
  });
});

describe("evidenceTextBudget", () => {
  it("reads CLAIMDESK_EVIDENCE_TEXT_MB in megabytes, 64 when unset, and names the variable when it is not a positive number", async () => {
    const { evidenceTextBudget } = await import("@/lib/snapshots/evidence-text-budget");
    expect(evidenceTextBudget({})).toBe(64 * 1024 * 1024);
    expect(evidenceTextBudget({ CLAIMDESK_EVIDENCE_TEXT_MB: "0.5" })).toBe(512 * 1024);
    for (const bad of ["0", "-3", "lots"]) expect(() => evidenceTextBudget({ CLAIMDESK_EVIDENCE_TEXT_MB: bad })).toThrow(/CLAIMDESK_EVIDENCE_TEXT_MB/);
  });
});
