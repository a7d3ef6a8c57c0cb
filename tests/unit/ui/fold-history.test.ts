import { describe, expect, it } from "vitest";
import { entriesBetween, foldHistory } from "@/app/ui/history-fold";

const history = (n: number) => Array.from({ length: n }, (_, i) => `event ${i + 1}`);

describe("a claim's history on its page", () => {
  it("shows a short history whole", () => {
    expect(foldHistory(history(15))).toEqual({ first: history(15), between: [], latest: [] });
    expect(foldHistory([])).toEqual({ first: [], between: [], latest: [] });
  });

  it("shows a long one's creation and its twelve latest entries, and folds the rest, losing none and keeping the order", () => {
    const folded = foldHistory(history(60));
    expect(folded.first).toEqual(["event 1"]);
    expect(folded.latest).toEqual(history(60).slice(48));
    expect(folded.between).toHaveLength(47);
    expect([...folded.first, ...folded.between, ...folded.latest]).toEqual(history(60));
  });

  it("folds from the sixteenth entry on", () => {
    expect(foldHistory(history(16)).between).toEqual(["event 2", "event 3", "event 4"]);
  });

  it("finds the folded entries again in a history read later, when entries were added since", () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i + 1}` }));
    const folded = foldHistory(entries(20));
    const later = entries(25);
    expect(entriesBetween(later, folded.first[0].id, folded.latest[0].id)).toEqual(folded.between);
    expect(entriesBetween(later, "e1", "e2")).toEqual([]);
    expect(entriesBetween(later, "gone", "e9")).toBeNull();
    expect(entriesBetween(later, "e9", "e3")).toBeNull();
  });
});
