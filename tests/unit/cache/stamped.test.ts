import { afterEach, describe, expect, it, vi } from "vitest";
import { processWideCache, StampedCache, stampPart } from "@/lib/cache/stamped";

const counter = () => {
  let calls = 0;
  return { compute: async () => ++calls, calls: () => calls };
};

afterEach(() => vi.useRealTimers());

describe("StampedCache", () => {
  it("reuses a value under the same stamp and computes again under a new one", async () => {
    const cache = new StampedCache(10, 60_000);
    const c = counter();
    expect(await cache.get("a", "s1", c.compute)).toBe(1);
    expect(await cache.get("a", "s1", c.compute)).toBe(1);
    expect(await cache.get("a", "s2", c.compute)).toBe(2);
    expect(c.calls()).toBe(2);
  });

  it("shares one computation between requests that arrive while it runs", async () => {
    const cache = new StampedCache(10, 60_000);
    const c = counter();
    const [x, y] = await Promise.all([cache.get("a", "s", c.compute), cache.get("a", "s", c.compute)]);
    expect([x, y, c.calls()]).toEqual([1, 1, 1]);
  });

  it("computes again after the TTL even under the same stamp", async () => {
    vi.useFakeTimers();
    const cache = new StampedCache(10, 1_000);
    const c = counter();
    await cache.get("a", "s", c.compute);
    vi.advanceTimersByTime(1_001);
    expect(await cache.get("a", "s", c.compute)).toBe(2);
  });

  it("drops the entry used least recently when full", async () => {
    const cache = new StampedCache(2, 60_000);
    const c = counter();
    await cache.get("a", "s", c.compute); // 1
    await cache.get("b", "s", c.compute); // 2
    await cache.get("a", "s", c.compute); // hit: a is now the most recent
    await cache.get("c", "s", c.compute); // 3, drops b
    expect(await cache.get("a", "s", c.compute)).toBe(1);
    expect(await cache.get("b", "s", c.compute)).toBe(4);
  });

  it("does not keep a failed computation", async () => {
    const cache = new StampedCache(10, 60_000);
    await expect(cache.get("a", "s", async () => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone");
    expect(await cache.get("a", "s", async () => 7)).toBe(7);
  });

  it("writes dates with their milliseconds and leaves other values as text", () => {
    expect(stampPart(new Date("2026-12-05T10:00:00.123Z"))).toBe("2026-12-05T10:00:00.123Z");
    expect(stampPart(12n)).toBe("12");
    expect(stampPart(null)).toBe("");
  });
});

describe("StampedCache with a weight budget", () => {
  it("drops the oldest values once they weigh more than the budget, and never keeps one heavier than all of it", async () => {
    const cache = new StampedCache(10, 60_000, { weigh: (v) => (v as string).length, max: 10 });
    const c = counter();
    const value = (text: string) => async () => {
      c.compute();
      return text;
    };
    await cache.get("a", "s", value("aaaa"));
    await cache.get("b", "s", value("bbbb"));
    await cache.get("c", "s", value("cccc")); // 12 > 10: a goes
    expect(c.calls()).toBe(3);
    await cache.get("b", "s", value("bbbb"));
    await cache.get("c", "s", value("cccc"));
    expect(c.calls()).toBe(3);
    await cache.get("a", "s", value("aaaa")); // computed again
    expect(c.calls()).toBe(4);
    await cache.get("huge", "s", value("x".repeat(11)));
    await cache.get("huge", "s", value("x".repeat(11)));
    expect(c.calls()).toBe(6);
  });
});

describe("a cache shared by every copy of a module in one process", () => {
  it("is made once per name, whichever copy asks first", () => {
    let made = 0;
    const create = () => (made++, new StampedCache(1, 1_000));
    const first = processWideCache("test-shared", create);
    expect(processWideCache("test-shared", create)).toBe(first);
    expect(processWideCache("test-other", create)).not.toBe(first);
    expect(made).toBe(2);
  });
});
