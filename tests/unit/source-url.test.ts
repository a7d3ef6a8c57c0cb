import { describe, expect, it } from "vitest";
import { isHttpUrl, normalizeSourceUrl } from "@/lib/sources/url";
import { citationInputSchema } from "@/lib/sources/schema";
import { safeReturnPath } from "@/lib/http/safe-return";
import { slugify, uniqueSlug } from "@/lib/articles/slug";

describe("source URLs", () => {
  it("stores one spelling per page", () => {
    expect(normalizeSourceUrl("HTTPS://WWW.State.gov/u-s-relations-with-pakistan/#top")).toBe("https://www.state.gov/u-s-relations-with-pakistan");
    expect(normalizeSourceUrl("https://example.org/a?utm_source=x&b=2&a=1")).toBe("https://example.org/a?a=1&b=2");
    expect(normalizeSourceUrl("http://example.org:80/")).toBe("http://example.org/");
  });

  it("refuses anything but http and https", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/x", "mailto:a@b.c", "not a url"]) {
      expect(isHttpUrl(url)).toBe(false);
      expect(normalizeSourceUrl(url)).toBeNull();
    }
  });

  it("names the wrong field of a citation", () => {
    const result = citationInputSchema.safeParse({ url: "javascript:alert(1)", title: " ", passage: "", stance: "MAYBE" });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toMatchObject({ url: "Must be an http or https URL.", title: expect.stringContaining("title"), passage: expect.stringContaining("passage"), stance: "Choose a stance: supports the claim, contradicts the claim or context only." });
  });
});

describe("login return paths", () => {
  it("only returns to paths on this site", () => {
    expect(safeReturnPath("/claims/abc")).toBe("/claims/abc");
    expect(safeReturnPath("https://evil.example/")).toBe("/articles");
    expect(safeReturnPath("//evil.example/")).toBe("/articles");
    expect(safeReturnPath(undefined)).toBe("/articles");
  });
});

describe("slugs", () => {
  it("makes readable, unique slugs", () => {
    expect(slugify("The Centrality of Security in the Pakistan-US Relationship")).toBe("the-centrality-of-security-in-the-pakistan-us-relationship");
    expect(slugify("Pakistan’s “floods”: 2022")).toBe("pakistans-floods-2022");
    expect(slugify("!!!")).toBe("article");
    expect(uniqueSlug("a", new Set(["a", "a-2"]))).toBe("a-3");
  });
});

describe("reserved slugs", () => {
  it("never gives an article the slug of a page", () => {
    expect(uniqueSlug("new", new Set())).toBe("new-article");
  });
});
