import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { bulkInputFromForm, bulkInputSchema, doneResult, refusedResult, summarizeBulk } from "@/lib/dashboard/bulk-schema";

const claims = [
  { id: "c1", version: 3 },
  { id: "c2", version: 1 },
];

describe("a bulk action's input", () => {
  it("needs an assignee to assign (null unassigns) and a state to move", () => {
    expect(bulkInputSchema.safeParse({ action: "assign", claims, assigneeEmail: null }).success).toBe(true);
    const noAssignee = bulkInputSchema.safeParse({ action: "assign", claims });
    expect(noAssignee.error?.issues.map((i) => i.path.join("."))).toEqual(["assigneeEmail"]);
    const noState = bulkInputSchema.safeParse({ action: "state", claims });
    expect(noState.error?.issues.map((i) => i.path.join("."))).toEqual(["state"]);
  });

  it("refuses no claims, a claim twice, more than a page, or a claim without the version the browser showed", () => {
    const issues = (input: unknown) => bulkInputSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(issues({ action: "state", state: "IN_REVIEW", claims: [] })).toEqual(["Select at least one claim."]);
    expect(issues({ action: "state", state: "IN_REVIEW", claims: [claims[0], claims[0]] })).toEqual(["A claim is listed twice."]);
    const many = Array.from({ length: 101 }, (_, i) => ({ id: `c${i}`, version: 1 }));
    expect(issues({ action: "state", state: "IN_REVIEW", claims: many })).toEqual(["Select at most 100 claims at a time."]);
    expect(issues({ action: "state", state: "IN_REVIEW", claims: [{ id: "c1" }] })).toEqual(["Each claim needs the version you saw."]);
  });

  it("reads the bulk form: ticked 'id:version' boxes, 'none' to unassign, the pressed button as the action", () => {
    const form = new FormData();
    form.append("claim", "c1:3");
    form.append("claim", "c2:1");
    form.append("assigneeEmail", "none");
    form.append("state", "IN_REVIEW");
    form.append("action", "assign");
    expect(bulkInputFromForm(form)).toEqual({ action: "assign", claims, assigneeEmail: null });
    form.set("action", "state");
    form.set("reason", "");
    expect(bulkInputFromForm(form)).toEqual({ action: "state", claims, state: "IN_REVIEW", reason: undefined });
  });
});

describe("a bulk action's answer per claim", () => {
  it("says what was done", () => {
    expect(doneResult("c1", { action: "assign", claims, assigneeEmail: "riya@claimdesk.test" }, true, (s) => s)).toEqual({
      id: "c1",
      ok: true,
      status: 200,
      message: "Assigned to riya@claimdesk.test.",
    });
    expect(doneResult("c1", { action: "assign", claims, assigneeEmail: null }, true, (s) => s).message).toBe("Unassigned.");
    expect(doneResult("c1", { action: "state", claims, state: "IN_REVIEW" }, true, () => "In review").message).toBe("Moved to In review.");
    expect(doneResult("c1", { action: "state", claims, state: "IN_REVIEW" }, false, (s) => s).message).toBe("Nothing to change.");
  });

  it("says why a claim was refused, with the status the single-claim API would give", () => {
    expect(refusedResult("c1", new AppError("CONFLICT", "Riya changed this claim."))).toEqual({ id: "c1", ok: false, status: 409, message: "Riya changed this claim." });
    expect(refusedResult("c2", new AppError("FORBIDDEN", "Only editors and admins may sign off."))).toMatchObject({ ok: false, status: 403 });
    expect(refusedResult("c3", new AppError("INVALID", "Propose a verdict first."))).toMatchObject({ ok: false, status: 422 });
  });

  it("never shows an unexpected error's text, and logs it for us", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(refusedResult("c1", new Error("SQLITE_BUSY: internal detail"))).toEqual({
      id: "c1",
      ok: false,
      status: 500,
      message: "Something went wrong on our side; this claim was not changed.",
    });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it("sums up", () => {
    expect(summarizeBulk([{ id: "a", ok: true, status: 200, message: "" }, { id: "b", ok: false, status: 409, message: "" }])).toBe("1 done, 1 refused.");
  });
});
