import { describe, expect, it } from "vitest";
import { describePresence, presenceFieldOf } from "@/lib/live/presence-words";

describe("presence in words", () => {
  it("names each other person once, editing before viewing, never oneself", () => {
    const people = [
      { userId: "me", name: "Rita Reviewer", activity: "EDITING", field: "rationale" },
      { userId: "b", name: "Ed Editor", activity: "VIEWING", field: null },
      { userId: "a", name: "Ana Ortiz", activity: "VIEWING", field: null },
      { userId: "a", name: "Ana Ortiz", activity: "EDITING", field: "rationale" },
    ];
    expect(describePresence(people, "me")).toEqual(["Ana Ortiz is editing the rationale", "Ed Editor is viewing"]);
    expect(describePresence([{ userId: "c", name: "Cy", activity: "EDITING", field: null }], "me")).toEqual(["Cy is editing this claim"]);
  });

  it("reads the field from a control's name", () => {
    expect(presenceFieldOf("rationale")).toBe("rationale");
    expect(presenceFieldOf("review-verdict")).toBe("verdict");
    expect(presenceFieldOf("passage")).toBe("citation");
    expect(presenceFieldOf("version")).toBeNull();
  });
});
