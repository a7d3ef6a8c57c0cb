import http from "node:http";
import { gunzipSync } from "node:zlib";

/**
 * A bench's HTTP client on node:http with kept-alive connections. The simulated reviewers share the machine's two
 * cores with the server they measure, and Node's `fetch` took about four times the CPU per request (1.4 ms against
 * 0.35 ms, 16 loops on the trivial route, 2026-12-06): that was the server's CPU the bench used up.
 * Answers are asked for compressed, as a browser asks, and read to their end.
 */
export interface BenchResponse {
  status: number;
  ok: boolean;
  /** The body as sent (compressed when the server compressed it). */
  body: Buffer;
  /** The body decoded and parsed as JSON. */
  json<T>(): T;
  /** Whether the server answered from its kept pages (lib/http/kept-pages.ts) rather than rendering. */
  kept: boolean;
}

export function benchAgent(maxSockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets });
}

export function benchRequest(
  agent: http.Agent,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<BenchResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { "accept-encoding": "gzip", ...options.headers };
    if (options.body !== undefined) headers["content-length"] = Buffer.byteLength(options.body);
    const request = http.request(url, { method: options.method ?? "GET", agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        const gzipped = response.headers["content-encoding"] === "gzip";
        const status = response.statusCode ?? 0;
        resolve({ status, ok: status >= 200 && status < 300, body, kept: response.headers["x-claimdesk-page"] === "kept", json: <T>() => JSON.parse((gzipped ? gunzipSync(body) : body).toString("utf8")) as T });
      });
    });
    request.on("error", reject);
    request.end(options.body);
  });
}
