import os from "node:os";
import { describe, expect, it } from "vitest";
import { workerCount } from "../../../scripts/cluster";

describe("workerCount", () => {
  it("runs one server process per core by default", () => {
    expect(workerCount({})).toBe(Math.max(1, os.availableParallelism()));
  });

  it("takes CLAIMDESK_WORKERS when it is a whole number of at least 1", () => {
    expect(workerCount({ CLAIMDESK_WORKERS: "1" })).toBe(1);
    expect(workerCount({ CLAIMDESK_WORKERS: "6" })).toBe(6);
  });

  it("ignores a value that is not a usable count", () => {
    for (const bad of ["0", "-2", "1.5", "many", ""]) expect(workerCount({ CLAIMDESK_WORKERS: bad })).toBe(Math.max(1, os.availableParallelism()));
  });
});
