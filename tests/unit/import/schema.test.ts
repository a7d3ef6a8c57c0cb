import { describe, expect, it } from "vitest";
import { articleImportSchema } from "@/lib/import/schema";

const BODY = "  Flood aid\n\nThe ministry spent $450 million.  \n";

describe("articleImportSchema", () => {
  it("keeps the body exactly, trims the other fields and treats blanks and null as not given", () => {
    const parsed = articleImportSchema.parse({ title: "  Flood aid ", body: BODY, url: "", publication: null, publishedAt: " " });
    expect(parsed).toEqual({ title: "Flood aid", body: BODY, url: undefined, publication: undefined, publishedAt: undefined });
  });

  it("takes only http and https URLs", () => {
    expect(articleImportSchema.parse({ title: "t", body: "b", url: " https://news.example/a?b=1 " }).url).toBe("https://news.example/a?b=1");
    for (const url of ["javascript:alert(1)", "data:text/html,hi", "ftp://news.example/a", "news.example/a", "mailto:desk@news.example"]) {
      const result = articleImportSchema.safeParse({ title: "t", body: "b", url });
      expect(result.success, url).toBe(false);
      expect(result.error?.issues[0].message).toBe("Must be an http or https URL.");
    }
  });

  it("reads a calendar date as that day in UTC, and refuses days that do not exist", () => {
    expect(articleImportSchema.parse({ title: "t", body: "b", publishedAt: "2024-02-29" }).publishedAt).toEqual(new Date("2024-02-29T00:00:00Z"));
    expect(articleImportSchema.parse({ title: "t", body: "b", publishedAt: "2024-05-02T09:30:00+02:00" }).publishedAt).toEqual(new Date("2024-05-02T07:30:00Z"));
    for (const publishedAt of ["2023-02-29", "2024-13-01", "02/05/2024", "yesterday"]) {
      expect(articleImportSchema.safeParse({ title: "t", body: "b", publishedAt }).success, publishedAt).toBe(false);
    }
  });

  it("asks for a title and a body that is not blank", () => {
    const result = articleImportSchema.safeParse({ title: " ", body: " \n " });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["title", "Give the article's title."],
      ["body", "Give the article's text."],
    ]);
  });
});
