import http from "node:http";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAllowList } from "@/lib/fetch/allow-list";
import { safeFetch } from "@/lib/fetch/safe-fetch";
import type { Resolver } from "@/lib/fetch/resolve-target";
import { refusal } from "../../refusal";

// Real fetches go only to this server on 127.0.0.1, let through by the allow list as CLAIMDESK_FETCH_ALLOW would.
let server: http.Server;
let base: string;
let allow: ReturnType<typeof parseAllowList>;
let bytesWrittenByStream = 0;
let streamClosedEarly = false;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const hops = Number(url.searchParams.get("n") ?? 0);
    switch (url.pathname) {
      case "/doc":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end("<p>Flood aid: $200 million.</p>");
      case "/chain":
        res.writeHead(302, { location: hops > 1 ? `/chain?n=${hops - 1}` : "/doc" });
        return res.end();
      case "/to-metadata":
        res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" });
        return res.end();
      case "/to-named-private":
        res.writeHead(307, { location: "http://intranet.example/secret" });
        return res.end();
      case "/to-ftp":
        res.writeHead(302, { location: "ftp://example.org/file" });
        return res.end();
      case "/slow":
        res.writeHead(200, { "content-type": "text/plain" });
        res.write("a little, then nothing");
        return; // never ends
      case "/gzipped":
        res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
        return res.end(gzipSync("Flood aid: $200 million."));
      case "/gzip-bomb":
        res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
        return res.end(gzipSync(Buffer.alloc(5 * 1024 * 1024)));
      case "/silent":
        return; // accepts the connection, never answers
      case "/declared-huge":
        res.writeHead(200, { "content-length": String(50 * 1024 * 1024) });
        return res.write("x");
      case "/stream": {
        res.writeHead(200, { "content-type": "application/octet-stream" });
        const chunk = Buffer.alloc(64 * 1024, 97);
        let sent = 0;
        const pump = () => {
          while (sent < 200) {
            sent++;
            bytesWrittenByStream += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("close", () => {
          if (sent < 200) streamClosedEarly = true;
        });
        return pump();
      }
      default:
        res.writeHead(404);
        return res.end("not here");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  allow = parseAllowList(`127.0.0.1:${port}`);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const resolver: Resolver = async (host) => [{ address: host === "intranet.example" ? "10.0.0.7" : "93.184.215.14", family: 4 }];

describe("safeFetch against a local server", () => {
  it("fetches a document with its status, type and time", async () => {
    const before = Date.now();
    const doc = await safeFetch(`${base}/doc`, { allow, resolver });
    expect(doc.httpStatus).toBe(200);
    expect(doc.contentType).toBe("text/html; charset=utf-8");
    expect(Buffer.from(doc.bytes).toString()).toContain("$200 million");
    expect(doc.finalUrl).toBe(`${base}/doc`);
    expect(doc.retrievedAt.getTime()).toBeGreaterThanOrEqual(before);
  });

  it("refuses the same server when it is not on the allow list", async () => {
    const error = await refusal(safeFetch(`${base}/doc`, { allow: parseAllowList(""), resolver }));
    expect(error.fields?.url).toMatch(/loopback/);
  });

  it("follows up to five redirects and reports the final URL", async () => {
    const doc = await safeFetch(`${base}/chain?n=4`, { allow, resolver });
    expect(doc.finalUrl).toBe(`${base}/doc`);
    expect(doc.httpStatus).toBe(200);
  });

  it("refuses a sixth redirect", async () => {
    const error = await refusal(safeFetch(`${base}/chain?n=6`, { allow, resolver }));
    expect(error.fields?.url).toMatch(/more than 5 times/);
  });

  it.each([
    ["/to-metadata", /link-local/],
    ["/to-named-private", /intranet\.example resolves to a private/],
    ["/to-ftp", /http or https/],
  ])("checks the redirect from %s again and refuses it", async (path, message) => {
    const error = await refusal(safeFetch(`${base}${path}`, { allow, resolver }));
    expect(error.status).toBe(422);
    expect(error.fields?.url).toMatch(message);
  });

  it("gives up on a slow server at the total timeout", async () => {
    const started = Date.now();
    const error = await refusal(safeFetch(`${base}/slow`, { allow, resolver, totalTimeoutMs: 300 }));
    expect(error.fields?.url).toMatch(/in time/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("gives up on a server that never answers at the total timeout", async () => {
    const error = await refusal(safeFetch(`${base}/silent`, { allow, resolver, totalTimeoutMs: 300 }));
    expect(error.fields?.url).toMatch(/in time/);
  });

  it("refuses a declared oversized body without reading it", async () => {
    const error = await refusal(safeFetch(`${base}/declared-huge`, { allow, resolver, maxBytes: 1024 * 1024 }));
    expect(error.status).toBe(413);
    expect(error.fields?.url).toMatch(/over 1 MB/);
  });

  it("stops reading an oversized streamed body at the cap", async () => {
    const error = await refusal(safeFetch(`${base}/stream`, { allow, resolver, maxBytes: 1024 * 1024 }));
    expect(error.status).toBe(413);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The server meant to send 12.5 MB; the connection closed long before.
    expect(streamClosedEarly).toBe(true);
    expect(bytesWrittenByStream).toBeLessThan(200 * 64 * 1024);
  });

  it("inflates a body compressed against its wish, within the cap", async () => {
    const doc = await safeFetch(`${base}/gzipped`, { allow, resolver });
    expect(Buffer.from(doc.bytes).toString()).toBe("Flood aid: $200 million.");
    const error = await refusal(safeFetch(`${base}/gzip-bomb`, { allow, resolver, maxBytes: 1024 * 1024 }));
    expect(error.status).toBe(413);
    expect(error.fields?.url).toMatch(/once decompressed/);
  });

  it("returns a 404 as a status, not as a refusal", async () => {
    const doc = await safeFetch(`${base}/missing`, { allow, resolver });
    expect(doc.httpStatus).toBe(404);
  });
});
