import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { parseReportFormat, REPORT_FORMATS, reportFilename } from "@/lib/reports/formats";
import { parseReportRange, rangeBounds } from "@/lib/reports/range";

describe("report formats", () => {
  it("accepts the closed list and refuses anything else with 400 listing it", () => {
    expect(REPORT_FORMATS).toEqual(["md", "html", "csv", "json", "pdf", "jsonld", "w3c"]);
    for (const f of REPORT_FORMATS) expect(parseReportFormat(f)).toBe(f);
    for (const bad of ["nope", "", null, "PDF"]) {
      const error = (() => {
        try {
          parseReportFormat(bad);
        } catch (e) {
          return e;
        }
      })() as AppError;
      expect(error).toBeInstanceOf(AppError);
      expect(error.status).toBe(400);
      expect(error.toJSON().error).toMatchObject({ code: "MALFORMED", message: expect.stringContaining("Known formats: md, html, csv, json, pdf, jsonld, w3c"), fields: { format: expect.any(String) } });
    }
  });

  it("names downloads after the subject and the day", () => {
    const at = new Date("2024-03-05T23:00:00Z");
    expect(reportFilename("centrality-of-security", "md", at)).toBe("claimdesk-corrections-centrality-of-security-2024-03-05.md");
    expect(reportFilename("a b/../c", "w3c", at)).toBe("claimdesk-corrections-a-b-c-2024-03-05.annotations.jsonld");
  });
});

describe("report date ranges", () => {
  it("takes inclusive days in UTC", () => {
    const range = parseReportRange({ from: "2024-01-01", to: "2024-01-31" });
    expect(rangeBounds(range)).toEqual({ gte: new Date("2024-01-01T00:00:00Z"), lt: new Date("2024-02-01T00:00:00Z") });
  });

  it("refuses missing, impossible or reversed dates with 400 naming the field", () => {
    const fields = (input: { from?: string; to?: string }) => {
      try {
        parseReportRange(input);
      } catch (e) {
        return (e as AppError).status === 400 ? (e as AppError).fields : "wrong status";
      }
    };
    expect(fields({ to: "2024-01-01" })).toHaveProperty("from");
    expect(fields({ from: "2024-02-30", to: "2024-03-01" })).toEqual({ from: "No such date." });
    expect(fields({ from: "2024-03-02", to: "2024-03-01" })).toEqual({ to: "Must not be before “from”." });
  });
});
