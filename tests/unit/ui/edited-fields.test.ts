import { describe, expect, it } from "vitest";
import { keepOnlyEdited, withEdits } from "@/app/ui/edited-fields";

describe("a form over a record someone else may change", () => {
  it("shows the server's fresh values for fields the person never touched", () => {
    expect(withEdits({ state: "IN_REVIEW", rationale: "" }, { rationale: "Mine" })).toEqual({ state: "IN_REVIEW", rationale: "Mine" });
  });

  it("sends only the fields the person changed, and the untracked version always", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ version: "3", state: "UNREVIEWED", verdict: "", rationale: "Mine", correction: "" })) form.set(k, v);
    const sent = keepOnlyEdited(form, ["state", "verdict", "rationale", "correction"], { rationale: "Mine" });
    expect(Object.fromEntries(sent.entries())).toEqual({ version: "3", rationale: "Mine" });
  });

  it("keeps a field the person emptied: clearing is a change too", () => {
    const form = new FormData();
    form.set("correction", "");
    expect(keepOnlyEdited(form, ["correction"], { correction: "" }).has("correction")).toBe(true);
  });
});
