import { describe, expect, it } from "vitest";
import { mentionAtCaret } from "@/lib/users/mention-at-caret";

describe("the mention being typed", () => {
  it("is the word after an @ that starts the text or follows a space, up to the caret", () => {
    expect(mentionAtCaret("@ri", 3)).toEqual({ query: "ri", start: 0 });
    expect(mentionAtCaret("ask @Ed", 7)).toEqual({ query: "Ed", start: 4 });
    expect(mentionAtCaret("ask @", 5)).toEqual({ query: "", start: 4 });
    expect(mentionAtCaret("ask @ed about it", 7)).toEqual({ query: "ed", start: 4 });
  });

  it("is nothing in an email address, after a space, or past the caret", () => {
    expect(mentionAtCaret("mail ed@claimdesk.test", 22)).toBeNull();
    expect(mentionAtCaret("ask @ed now", 11)).toBeNull();
    expect(mentionAtCaret("no mention", 10)).toBeNull();
  });
});
