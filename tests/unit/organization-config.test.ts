import { afterEach, describe, expect, it, vi } from "vitest";
import { parseDeskConfig } from "@/lib/config/organization";

describe("the fact-checking organization's configuration", () => {
  it("has sensible defaults", () => {
    expect(parseDeskConfig({})).toEqual({ organization: { name: "Claimdesk fact-checking desk", url: null }, publicUrl: null });
  });

  it("reads the name, the address and the public URL, without trailing slashes", () => {
    const config = parseDeskConfig({ CLAIMDESK_ORG_NAME: " Example Fact Check ", CLAIMDESK_ORG_URL: "https://factcheck.example.org/", CLAIMDESK_PUBLIC_URL: "https://claims.example.org/" });
    expect(config).toEqual({ organization: { name: "Example Fact Check", url: "https://factcheck.example.org" }, publicUrl: "https://claims.example.org" });
  });

  it("refuses a bad address with a message naming the variable", () => {
    expect(() => parseDeskConfig({ CLAIMDESK_ORG_URL: "javascript:alert(1)" })).toThrow(/CLAIMDESK_ORG_URL must be an http or https address/);
    expect(() => parseDeskConfig({ CLAIMDESK_PUBLIC_URL: "claims.example.org" })).toThrow(/CLAIMDESK_PUBLIC_URL/);
  });
});

describe("links in exports", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("never point to localhost when the request came to the public address", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    vi.stubEnv("CLAIMDESK_PUBLIC_URL", "");
    const { reportAppUrl } = await import("@/lib/reports/app-url");
    expect(reportAppUrl("https://claims.example.org/api/articles/x/report?format=md")).toBe("https://claims.example.org");
  });

  it("use CLAIMDESK_PUBLIC_URL first", async () => {
    vi.stubEnv("CLAIMDESK_PUBLIC_URL", "https://claims.example.org");
    const { reportAppUrl } = await import("@/lib/reports/app-url");
    expect(reportAppUrl("http://localhost:3000/api/x")).toBe("https://claims.example.org");
    expect(reportAppUrl()).toBe("https://claims.example.org");
  });
});
