import { describe, expect, it } from "vitest";
import { bulkStateOptions } from "@/lib/dashboard/bulk-options";

const TARGETS = ["UNREVIEWED", "IN_REVIEW", "AWAITING_SIGNOFF", "SIGNED_OFF"] as const;
const byState = (options: ReturnType<typeof bulkStateOptions>) => Object.fromEntries(options.map((o) => [o.state, o]));

describe("bulk menus offer only what the rules allow for the selection", () => {
  it("offers sign-off to an editor only for claims awaiting it, and says why not for the rest", () => {
    const options = byState(bulkStateOptions("EDITOR", ["AWAITING_SIGNOFF", "IN_REVIEW"], TARGETS));
    expect(options.SIGNED_OFF).toMatchObject({ allowed: 1, why: "1 of the 2 selected cannot: Only claims that are awaiting sign-off can be signed off." });
    const unreviewedOnly = byState(bulkStateOptions("EDITOR", ["UNREVIEWED"], TARGETS));
    expect(unreviewedOnly.SIGNED_OFF).toMatchObject({ allowed: 0, why: "None of the selected claims can: Only claims that are awaiting sign-off can be signed off." });
    expect(unreviewedOnly.IN_REVIEW).toMatchObject({ allowed: 1, why: null });
  });

  it("tells a reviewer that signing off is not for their role", () => {
    expect(byState(bulkStateOptions("REVIEWER", ["AWAITING_SIGNOFF"], TARGETS)).SIGNED_OFF).toMatchObject({ allowed: 0, why: "None of the selected claims can: Your role may not move claims to signed off." });
  });

  it("speaks in labels, never in codes", () => {
    for (const option of bulkStateOptions("ADMIN", ["SIGNED_OFF", "UNREVIEWED"], TARGETS)) expect(`${option.label} ${option.why ?? ""}`).not.toMatch(/[A-Z]{2,}_[A-Z]+/);
  });
});
