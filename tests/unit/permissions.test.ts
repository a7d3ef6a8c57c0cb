import { describe, expect, it } from "vitest";
import { ACTIONS, PERMISSIONS, ROLES, can } from "@/lib/auth/permissions";

describe("permissions", () => {
  it("lets reviewers review but not sign off, assign or manage users", () => {
    expect(can("REVIEWER", "claim:propose-verdict")).toBe(true);
    expect(can("REVIEWER", "citation:write")).toBe(true);
    expect(can("REVIEWER", "claim:sign-off")).toBe(false);
    expect(can("REVIEWER", "claim:send-back")).toBe(false);
    expect(can("REVIEWER", "claim:reopen")).toBe(false);
    expect(can("REVIEWER", "claim:assign")).toBe(false);
    expect(can("REVIEWER", "article:revise")).toBe(false);
    expect(can("REVIEWER", "user:manage")).toBe(false);
  });

  it("lets editors sign off, send back, reopen and assign, but not manage users", () => {
    for (const action of ["claim:sign-off", "claim:send-back", "claim:reopen", "claim:assign", "article:revise"] as const)
      expect(can("EDITOR", action)).toBe(true);
    expect(can("EDITOR", "user:manage")).toBe(false);
  });

  it("gives admins everything", () => {
    for (const action of ACTIONS) expect(can("ADMIN", action)).toBe(true);
  });

  it("grows strictly from reviewer to editor to admin", () => {
    for (const action of PERMISSIONS.REVIEWER) expect(can("EDITOR", action)).toBe(true);
    for (const action of PERMISSIONS.EDITOR) expect(can("ADMIN", action)).toBe(true);
    expect(ROLES).toEqual(["REVIEWER", "EDITOR", "ADMIN"]);
  });
});
