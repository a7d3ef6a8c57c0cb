import { describe, expect, it } from "vitest";
import { MAX_FAILURES, WINDOW_MS, retryAfterSeconds } from "@/lib/auth/throttle";

const now = new Date("2026-11-30T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("login throttling", () => {
  it("lets the first four failures through and stops the fifth's followers", () => {
    const four = Array.from({ length: MAX_FAILURES - 1 }, (_, i) => ago(i * 1000));
    expect(retryAfterSeconds(four, now)).toBe(0);
    const five = [...four, ago(10_000)];
    expect(retryAfterSeconds(five, now)).toBe(Math.ceil((WINDOW_MS - 10_000) / 1000));
  });

  it("forgets failures older than 15 minutes", () => {
    const old = Array.from({ length: 10 }, () => ago(WINDOW_MS + 1000));
    expect(retryAfterSeconds(old, now)).toBe(0);
  });

  it("waits for the fifth most recent failure to age out", () => {
    const failures = [ago(1_000), ago(2_000), ago(3_000), ago(4_000), ago(5_000), ago(14 * 60_000)];
    expect(retryAfterSeconds(failures, now)).toBe((WINDOW_MS - 5_000) / 1000);
  });
});
