import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import {
  claimsQuerySchema,
  claimsTableFilter,
  claimsTableOrder,
  likePattern,
  literal,
  parseClaimsQueryLeniently,
  parseClaimsQueryOrThrow,
  queryObject,
} from "@/lib/dashboard/claims-table";

const refusal = (params: Record<string, string>) => {
  try {
    parseClaimsQueryOrThrow(params);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
};

describe("the claims table's query string", () => {
  it("has defaults, and treats a GET form's empty fields as 'any'", () => {
    expect(parseClaimsQueryOrThrow(new URLSearchParams("state=&verdict=&q=&page=&pageSize="))).toEqual({
      sort: "updated",
      order: "desc",
      page: 1,
      pageSize: 25,
    });
  });

  it("reads filters, search, sorting and paging", () => {
    const query = parseClaimsQueryOrThrow(
      new URLSearchParams("article=a-slug&state=OPEN&verdict=NONE&kind=money&assignee=Riya@Claimdesk.test&flags=high&anchor=CHANGED&q=+billion+&sort=article&order=asc&page=3&pageSize=100&apage=2"),
    );
    expect(query).toEqual({
      article: "a-slug",
      state: "OPEN",
      verdict: "NONE",
      kind: "money",
      assignee: "riya@claimdesk.test",
      flags: "high",
      anchor: "CHANGED",
      q: "billion",
      sort: "article",
      order: "asc",
      page: 3,
      pageSize: 100,
    });
  });

  it("refuses each bad value with a 422 naming its field", () => {
    expect(refusal({ pageSize: "101" })).toMatchObject({ status: 422, fields: { pageSize: "Page size must be at most 100." } });
    expect(refusal({ page: "0" }).fields).toEqual({ page: "Page must be at least 1." });
    expect(refusal({ page: "two" }).fields).toEqual({ page: "Page must be a whole number." });
    // In the filter form's words, never the codes (issue #11).
    expect(refusal({ state: "DONE" }).fields?.state).toBe("State was not understood: choose Unreviewed, In review, Awaiting sign-off, Signed off or Not signed off.");
    expect(refusal({ verdict: "TRUE", sort: "random", order: "up" }).fields).toEqual({
      verdict: expect.stringContaining("Verdict was not understood: choose Accurate,"),
      sort: expect.stringContaining("Sort was not understood: choose Last changed,"),
      order: "Order was not understood: choose ascending or descending.",
    });
    expect(refusal({ assignee: "someone" }).fields).toEqual({ assignee: "Assignee must be an email address, “me” or “none”." });
    expect(refusal({ q: "x".repeat(201) }).fields).toEqual({ q: "Search text must be at most 200 characters." });
  });

  it("keeps the last of repeated values, as a repeated form field sends them", () => {
    expect(queryObject({ state: ["IN_REVIEW", "SIGNED_OFF"], q: "x", none: undefined })).toEqual({ state: "SIGNED_OFF", q: "x" });
  });

  it("for the page, leaves bad values out and says which", () => {
    const { query, errors } = parseClaimsQueryLeniently({ state: "NOPE", kind: "money", pageSize: "500" });
    expect(query).toMatchObject({ kind: "money", pageSize: 25 });
    expect(query.state).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(["pageSize", "state"]);
  });
});

describe("the claims table's SQL", () => {
  const all = { all: true } as const;

  it("puts closed-set values in as literals and everything a person typed in as parameters", () => {
    const sql = claimsTableFilter(all, "u1", claimsQuerySchema.parse({ state: "IN_REVIEW", assignee: "a@b.test", q: "50%", article: "x'; DROP" }));
    expect(sql.sql).toContain(`c."state" = 'IN_REVIEW'`);
    expect(sql.sql).toContain(`LOWER(c."quote") LIKE ? ESCAPE '\\'`);
    expect(sql.values).toEqual(["x'; DROP", "a@b.test", "%50\\%%"]);
  });

  it("limits a reviewer to the claims assigned to them and drops rejected suggestions", () => {
    const sql = claimsTableFilter({ all: false, userId: "rev-1" }, "rev-1", claimsQuerySchema.parse({}));
    expect(sql.sql).toBe(`c."suggestion" = 'ACCEPTED' AND c."assigneeId" = ?`);
    expect(sql.values).toEqual(["rev-1"]);
  });

  it("turns the extra filter values into sets", () => {
    const sql = claimsTableFilter(all, "u", claimsQuerySchema.parse({ state: "OPEN", anchor: "CHANGED", verdict: "NONE", flags: "none" })).sql;
    expect(sql).toContain(`c."state" IN ('UNREVIEWED','IN_REVIEW','AWAITING_SIGNOFF')`);
    expect(sql).toContain(`c."anchor" IN ('TEXT_CHANGED','ORPHANED')`);
    expect(sql).toContain(`c."verdict" IS NULL`);
    expect(sql).toContain(`c."id" NOT IN (SELECT f."claimId" FROM "Flag" f WHERE f."status" = 'OPEN')`);
  });

  it("sorts with a tie-breaker and puts unassigned claims last", () => {
    expect(claimsTableOrder(claimsQuerySchema.parse({})).orderBy.sql).toBe(`c."updatedAt" DESC, c."id" DESC`);
    const byAssignee = claimsTableOrder(claimsQuerySchema.parse({ sort: "assignee", order: "asc" }));
    expect(byAssignee.joins.sql).toContain(`LEFT JOIN "User" u`);
    expect(byAssignee.orderBy.sql).toBe(`CASE WHEN u."name" IS NULL THEN 1 ELSE 0 END ASC, u."name" ASC, c."id" ASC`);
  });

  it("escapes LIKE's wildcards and refuses a literal that could leave its quotes", () => {
    expect(likePattern("A_b\\c%")).toBe("%a\\_b\\\\c\\%%");
    expect(() => literal("IN_REVIEW' OR '1'='1")).toThrow(AppError);
  });
});
