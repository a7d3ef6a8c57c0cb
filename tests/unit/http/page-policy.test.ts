import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { applyPagePolicy } from "@/lib/http/page-policy";
import { isDocumentPath } from "@/lib/http/security-headers";

describe("which requests get a page's security policy", () => {
  it("gives it to pages, server actions and sign-in", () => {
    for (const url of ["/", "/login?callbackUrl=%2Fdashboard", "/articles/a", "/claims/c1", "/dashboard/claims?flags=open", "/api/auth/signin", "/api/auth/callback/credentials"]) {
      expect(isDocumentPath(url), url).toBe(true);
    }
  });

  it("leaves out built files and the JSON API", () => {
    for (const url of ["/_next/static/chunks/a.js", "/_next/image?url=x", "/favicon.ico", "/api/health", "/api/claims?state=IN_REVIEW", "/api/articles/a/report?format=html"]) {
      expect(isDocumentPath(url), url).toBe(false);
    }
  });
});

function exchange(url: string, headers: Record<string, string> = {}) {
  const req = { url, headers: { ...headers } } as unknown as IncomingMessage;
  const sent: Record<string, string> = {};
  const res = { setHeader: (name: string, value: string) => void (sent[name.toLowerCase()] = value) } as unknown as ServerResponse;
  applyPagePolicy(req, res);
  return { req, sent };
}

describe("a page's policy", () => {
  it("puts one fresh nonce on the response and on the request Next.js reads it from", () => {
    const { req, sent } = exchange("/articles/a");
    const nonce = /'nonce-([^']+)'/.exec(sent["content-security-policy"])?.[1];
    expect(nonce).toBeTruthy();
    expect(req.headers["content-security-policy"]).toBe(sent["content-security-policy"]);
    expect(exchange("/articles/a").sent["content-security-policy"]).not.toContain(nonce);
  });

  it("replaces a policy the client sent, so a client cannot choose the nonce", () => {
    const forged = "script-src 'nonce-chosen'";
    const { req } = exchange("/dashboard", { "content-security-policy": forged, "content-security-policy-report-only": forged });
    expect(req.headers["content-security-policy"]).not.toContain("chosen");
    expect(req.headers["content-security-policy-report-only"]).toBeUndefined();
  });

  it("leaves the JSON API alone", () => {
    const { req, sent } = exchange("/api/claims", { "content-security-policy": "x" });
    expect(sent).toEqual({});
    expect(req.headers["content-security-policy"]).toBe("x");
  });
});
