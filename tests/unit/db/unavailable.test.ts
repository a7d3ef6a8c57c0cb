import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

// The shapes seen when PostgreSQL was stopped under a live client (see the restart test).
const prismaError = (code: string, meta?: Record<string, unknown>) => Object.assign(new Error("Invalid `prisma.x()` invocation"), { code, meta });

describe("isDatabaseUnavailable", () => {
  it("recognises a database that is away, however the layers wrap it", () => {
    expect(isDatabaseUnavailable(prismaError("P1001"))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    // Every connection busy for as long as a transaction waits for one.
    expect(isDatabaseUnavailable(Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" }))).toBe(true);
  });

  it("leaves every other error alone: a bad request or our own fault is not an outage", () => {
    expect(isDatabaseUnavailable(prismaError("P2002"))).toBe(false);
    // A transaction that ran past its own timeout is our fault, not a busy database.
    expect(isDatabaseUnavailable(Object.assign(new Error("Transaction API error: Transaction already closed: A commit cannot be executed on an expired transaction."), { code: "P2028" }))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2010", { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
