import { describe, expect, it } from "vitest";
import { PageCache, acceptsGzip, isKeptPageRequest, keepablePage, nonceOf, sessionCookie, withNonce } from "@/lib/http/page-cache";

const NONCE = "MTIzNDU2Nzg5MGFiY2RlZg==";
const POLICY = `default-src 'self'; script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`;
const HTML = `<html><script nonce="${NONCE}">a()</script><p>text</p><script nonce="${NONCE}">b()</script></html>`;
const htmlHeaders = { "content-type": "text/html; charset=utf-8", "content-security-policy": POLICY, "cache-control": "private, no-store", "content-length": "99", date: "x" };

describe("which requests are a person's visit to a kept page", () => {
  const visit = (url: string, headers: Record<string, string> = {}, method = "GET") => isKeptPageRequest({ method, url, headers });

  it("keeps the reading pages, with their query", () => {
    expect(visit("/articles/centrality-of-security")).toBe(true);
    expect(visit("/claims/ck123")).toBe(true);
    expect(visit("/dashboard")).toBe(true);
    expect(visit("/dashboard/claims?flags=open")).toBe(true);
    expect(visit("/articles")).toBe(true);
  });

  it("leaves every other page, file and route to Next.js", () => {
    for (const url of ["/articles/x/revise", "/articles/new", "/api/claims", "/login", "/settings/tokens", "/inbox", "/_next/static/a.js", "/claims/x/history"]) {
      expect(visit(url), url).toBe(false);
    }
  });

  it("leaves Next.js's own requests alone: payloads, prefetches, server actions, other methods", () => {
    expect(visit("/articles/a", { rsc: "1" })).toBe(false);
    expect(visit("/articles/a", { "next-router-prefetch": "1" })).toBe(false);
    expect(visit("/articles/a", { "next-action": "abc" })).toBe(false);
    expect(visit("/articles/a?_rsc=xyz")).toBe(false);
    expect(visit("/articles/a", {}, "POST")).toBe(false);
    expect(visit("/articles/a", {}, "HEAD")).toBe(false);
  });

  it("leaves a script's fetch of a page alone: it is rendered without the article's text", () => {
    expect(visit("/articles/a", { "sec-fetch-dest": "empty", "sec-fetch-mode": "cors" })).toBe(false);
    expect(visit("/articles/a", { "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" })).toBe(true);
  });

  it("leaves requests made with an access token to the page itself", () => {
    expect(visit("/articles/a", { authorization: "Bearer cd_abc" })).toBe(false);
  });
});

describe("the session cookie", () => {
  it("is found among other cookies, the secure name first", () => {
    expect(sessionCookie("a=1; next-auth.session-token=plain; b=2")).toBe("plain");
    expect(sessionCookie("next-auth.session-token=plain; __Secure-next-auth.session-token=secure")).toBe("secure");
    expect(sessionCookie("next-auth.csrf-token=x")).toBeNull();
    expect(sessionCookie(undefined)).toBeNull();
  });

  it("is no session when it comes twice: the page might render for the other one", () => {
    expect(sessionCookie("next-auth.session-token=planted; next-auth.session-token=mine")).toBeNull();
    expect(sessionCookie("__Secure-next-auth.session-token=a; x=1; __Secure-next-auth.session-token=b")).toBeNull();
  });
});

describe("whether a browser takes gzip", () => {
  it("reads Accept-Encoding with its weights", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0, br")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("keeping a rendered page", () => {
  it("finds the nonce in the policy", () => {
    expect(nonceOf(POLICY)).toBe(NONCE);
    expect(nonceOf("default-src 'self'")).toBeNull();
  });

  it("gives every visit its own nonce, in the policy and in every script", () => {
    const page = keepablePage(200, htmlHeaders, Buffer.from(HTML))!;
    const first = withNonce(page, "Zmlyc3Q=");
    const second = withNonce(page, "c2Vjb25kLWxvbmdlcg==");
    expect(first.body.toString()).toBe(HTML.replaceAll(NONCE, "Zmlyc3Q="));
    expect(first.policy).toBe(POLICY.replace(NONCE, "Zmlyc3Q="));
    expect(second.body.toString()).toBe(HTML.replaceAll(NONCE, "c2Vjb25kLWxvbmdlcg=="));
    expect(second.body.toString()).not.toContain(NONCE);
  });

  it("keeps the page's headers but not those of one transmission", () => {
    const page = keepablePage(200, htmlHeaders, Buffer.from(HTML))!;
    expect(page.headers).toEqual({ "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" });
  });

  it("keeps only a complete HTML page with a nonce that sets no cookie", () => {
    const body = Buffer.from(HTML);
    expect(keepablePage(404, htmlHeaders, body)).toBeNull();
    expect(keepablePage(307, { ...htmlHeaders, location: "/login" }, body)).toBeNull();
    expect(keepablePage(200, { ...htmlHeaders, "content-type": "application/json" }, body)).toBeNull();
    expect(keepablePage(200, { ...htmlHeaders, "set-cookie": ["a=1"] }, body)).toBeNull();
    expect(keepablePage(200, { ...htmlHeaders, "content-encoding": "gzip" }, body)).toBeNull();
    expect(keepablePage(200, { ...htmlHeaders, "content-security-policy": "default-src 'self'" }, body)).toBeNull();
  });
});

describe("the kept pages", () => {
  const page = (size: number) => keepablePage(200, htmlHeaders, Buffer.from(HTML.padEnd(size, " ")))!;

  it("answers under the same stamp and within the TTL only", () => {
    const cache = new PageCache(1_000_000, 30_000);
    const kept = page(200);
    cache.set("k", "stamp-1", 1_000, kept);
    expect(cache.get("k", "stamp-1", 2_000)).toBe(kept);
    expect(cache.get("k", "stamp-2", 2_000)).toBeNull();
    // A stale entry is dropped: the old stamp does not come back.
    expect(cache.get("k", "stamp-1", 2_000)).toBeNull();
    cache.set("k", "stamp-1", 1_000, kept);
    expect(cache.get("k", "stamp-1", 31_000)).toBeNull();
  });

  it("drops the least recently used pages past its budget", () => {
    const cache = new PageCache(1_000, 30_000);
    cache.set("a", "s", 0, page(400));
    cache.set("b", "s", 0, page(400));
    expect(cache.get("a", "s", 1)).not.toBeNull(); // a is now the most recent
    cache.set("c", "s", 0, page(400));
    expect(cache.get("b", "s", 1)).toBeNull();
    expect(cache.get("a", "s", 1)).not.toBeNull();
    expect(cache.get("c", "s", 1)).not.toBeNull();
    cache.set("huge", "s", 0, page(2_000));
    expect(cache.get("huge", "s", 1)).toBeNull();
    expect(cache.size).toBe(2);
  });
});
