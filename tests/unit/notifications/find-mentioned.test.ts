import { describe, expect, it } from "vitest";
import { findMentioned } from "@/lib/notifications/notify-mentions";

const people = [
  { name: "Ana Reviewer", email: "ana@claimdesk.test" },
  { name: "Ed Editor", email: "ed@claimdesk.test" },
];

describe("findMentioned", () => {
  it("finds people by full name or email local part, case-insensitively", () => {
    expect(findMentioned("@ana reviewer and @ED, please look", people).map((p) => p.name)).toEqual(["Ana Reviewer", "Ed Editor"]);
  });
  it("does not match a longer handle or a bare name", () => {
    expect(findMentioned("@anabel and Ed Editor", people)).toEqual([]);
  });
});
