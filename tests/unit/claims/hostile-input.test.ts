import { describe, expect, it } from "vitest";
import { detectClaims } from "../../../lib/claims";

// Inputs built to trip quadratic loops or runaway regex backtracking. Each is ~80 KB; a linear detector handles it
// in well under a second even on a busy machine, a quadratic one takes many seconds.
const SIZE = 80_000;
const HOSTILE: [string, string][] = [
  ["digits", "1".repeat(SIZE)],
  ["comma groups", "1,".repeat(SIZE / 2)],
  ["dollar amounts", "$1 ".repeat(SIZE / 3)],
  ["straight quotes", '"a '.repeat(SIZE / 3)],
  ["curly quotes", "\u201c".repeat(SIZE)],
  ["newlines", "\n".repeat(SIZE)],
  ["dots", ".".repeat(SIZE)],
  ["number words", "one two three ".repeat(SIZE / 14)],
  ["years", "in 2009 ".repeat(SIZE / 8)],
  ["month names", "May ".repeat(SIZE / 4)],
  ["acronyms", "U.S. ".repeat(SIZE / 5)],
  ["qualifiers", "more than ".repeat(SIZE / 10)],
  ["one endless sentence", "In 2009 the army killed 5 people, and the police said $5 million was lost, ".repeat(SIZE / 75)],
  // Clause joints and trims: every kind of joint between figures, in one sentence and in many.
  ["endless clauses", "5 rose 12% — 7 fell 3% while 9 and, later, 40 added $2 million, supporting 30 jobs: 4, 5 and 6 • ".repeat(SIZE / 100)],
  ["many short claims", "The plan provides $5 million to expand 3 clinics, ensuring care. ".repeat(SIZE / 64)],
  ["ands without verbs", "and 5 and, ".repeat(SIZE / 11)],
  ["colons and commas", "Figures: 1, 2, 3, ".repeat(SIZE / 18)],
  ["semicolon clauses", "12 rose and 40 fell, while 30 stayed; ".repeat(SIZE / 37)],
  ["one surname quoted", "“We won 5 seats,” Smith said. Mr. John Smith ".repeat(SIZE / 44)],
];

describe("hostile input", () => {
  for (const [name, text] of HOSTILE) {
    it(`stays fast on ${name}`, () => {
      const t0 = performance.now();
      const claims = detectClaims(text);
      expect(performance.now() - t0).toBeLessThan(2000);
      for (const c of claims) expect(c.quote).toBe(text.slice(c.start, c.end));
    });
  }
});
