import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, renderCsv, spreadsheetSafe } from "@/lib/reports/render-csv";
import { fixtureReport } from "./fixture";

const read = (csv: string) => parse(csv, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];

describe("CSV", () => {
  it("parses back with a real CSV parser: one row per correction with the documented columns", () => {
    const report = fixtureReport();
    const csv = renderCsv(report);
    expect(csv.startsWith("\ufeff")).toBe(true);
    expect(csv).toContain("\r\n");
    const rows = read(csv);
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    const [aid, trade] = report.articles[0].corrections;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      article_slug: "flood-aid",
      claim_id: aid.id,
      paragraph: "2",
      start: String(aid.start),
      verdict: "INACCURATE",
      signed_off: "yes",
      original_wording: "more than $200 billion",
      correction: "more than $200 million",
      what_is_wrong: aid.whatIsWrong,
      correction_applied: "no",
      reviewed_by: "Riya Reviewer",
      signed_off_at: "2024-03-03T15:30:00.000Z",
    });
    expect(rows[0].evidence).toContain("“Since the 2022 floods, the United States has provided over $200 million in flood relief.”");
    expect(rows[1]).toMatchObject({ claim_id: trade.id, original_wording: "$14 billion", current_wording: "$12 billion", correction_applied: "yes", signed_off: "no", signed_off_by: "" });
  });

  it("keeps quotes, commas and line breaks inside one cell", () => {
    const report = fixtureReport();
    report.articles[0].corrections[0].correction = 'He said "no", then\nleft';
    expect(read(renderCsv(report))[0].correction).toBe('He said "no", then\nleft');
  });

  it("makes cells that a spreadsheet would run as formulas inert", () => {
    expect(spreadsheetSafe("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(spreadsheetSafe("+1")).toBe("'+1");
    expect(spreadsheetSafe("@SUM")).toBe("'@SUM");
    expect(spreadsheetSafe("more than $200")).toBe("more than $200");
    const report = fixtureReport();
    report.articles[0].corrections[0].correction = "=1+1";
    expect(read(renderCsv(report))[0].correction).toBe("'=1+1");
  });

  it("writes only the header when there is no correction", () => {
    const report = fixtureReport();
    report.articles[0].corrections = [];
    expect(read(renderCsv(report))).toEqual([]);
    expect(renderCsv(report)).toBe(`\ufeff${CSV_COLUMNS.map((c) => `"${c}"`).join(",")}\r\n`);
  });
});
