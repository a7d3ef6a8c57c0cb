import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { AppError } from "@/lib/errors/app-error";
import { allowListFromEnv, type AllowList } from "./allow-list";
import { parseFetchUrl, refuseUrl, resolveTarget, systemResolver, type Resolver, type Target } from "./resolve-target";

// Fetches a source's document without letting a URL reach the desk's own network. Each hop is checked and then
// connected to the very address that was checked (a `lookup` that answers with it), so DNS rebinding between the
// check and the connection cannot happen; TLS still verifies the certificate against the host name. Redirects are
// followed by hand so every hop is checked again; bytes are counted while streaming and reading stops at the cap.

export interface FetchedDocument {
  finalUrl: string;
  httpStatus: number;
  contentType: string | null;
  bytes: Uint8Array;
  retrievedAt: Date;
}

export interface SafeFetchOptions {
  resolver?: Resolver;
  allow?: AllowList;
  maxRedirects?: number;
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxBytes?: number;
}

export const FETCH_DEFAULTS = {
  maxRedirects: 5,
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 20_000,
  maxBytes: 20 * 1024 * 1024,
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface Hop {
  status: number;
  location: string | null;
  contentType: string | null;
  encoding: string | null;
  bytes: Uint8Array | null;
}

const DECODERS: Record<string, (data: Buffer, options: { maxOutputLength: number }) => Buffer> = {
  gzip: gunzipSync,
  "x-gzip": gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

/**
 * A server may compress although asked not to. The body is inflated with the same cap as the download, so a
 * small compressed body cannot expand into a large one; an encoding nobody can read is refused.
 */
function decoded(bytes: Uint8Array, encoding: string | null, maxBytes: number): Uint8Array {
  const name = (encoding ?? "identity").trim().toLowerCase();
  if (name === "identity" || name === "") return bytes;
  const decode = DECODERS[name];
  if (!decode) throw refuseUrl(`The server sent the document in an encoding that is not read (${name}).`);
  try {
    return new Uint8Array(decode(Buffer.from(bytes), { maxOutputLength: maxBytes }));
  } catch (error) {
    const message = (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? `The document is over ${Math.round(maxBytes / 1024 / 1024)} MB once decompressed.` : "The server sent a damaged compressed document.";
    throw (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? new AppError("TOO_LARGE", message, { url: message }) : refuseUrl(message);
  }
}

function pinnedLookup(target: Target): LookupFunction {
  const { address, family } = target.address;
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as LookupFunction;
}

function requestHop(target: Target, options: Required<Omit<SafeFetchOptions, "resolver" | "allow">>, deadline: number): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const client = target.url.protocol === "https:" ? https : http;
    let settled = false;
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      clearTimeout(totalTimer);
      clearTimeout(connectTimer);
      request.destroy();
      reject(error);
    };
    const request = client.request(target.url, {
      method: "GET",
      lookup: pinnedLookup(target),
      // No pooled sockets: a kept-alive connection made for an earlier check must never carry this request.
      agent: false,
      // identity: a compressed body could inflate far past the cap after the bytes were counted.
      headers: { "accept-encoding": "identity", "user-agent": "Claimdesk evidence fetcher", accept: "*/*" },
    });
    const totalTimer = setTimeout(() => fail(refuseUrl("The server did not send the document in time.")), Math.max(0, deadline - Date.now()));
    const connectTimer = setTimeout(() => fail(refuseUrl("The server did not answer in time.")), options.connectTimeoutMs);
    request.on("socket", (socket) => {
      const connected = () => clearTimeout(connectTimer);
      if (!socket.connecting) connected();
      else socket.once(target.url.protocol === "https:" ? "secureConnect" : "connect", connected);
    });
    request.on("error", (error) => fail(refuseUrl(`The server could not be reached (${(error as NodeJS.ErrnoException).code ?? error.message}).`)));
    request.on("response", (response) => {
      clearTimeout(connectTimer);
      const status = response.statusCode ?? 0;
      const contentType = (response.headers["content-type"] as string | undefined) ?? null;
      const encoding = (response.headers["content-encoding"] as string | undefined) ?? null;
      if (REDIRECTS.has(status)) {
        settled = true;
        clearTimeout(totalTimer);
        response.destroy();
        resolve({ status, location: response.headers.location ?? null, contentType, encoding, bytes: null });
        return;
      }
      const tooLarge = () => {
        const message = `The document is over ${Math.round(options.maxBytes / 1024 / 1024)} MB.`;
        fail(new AppError("TOO_LARGE", message, { url: message }));
      };
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > options.maxBytes) return tooLarge();
      const chunks: Buffer[] = [];
      let received = 0;
      response.on("data", (chunk: Buffer) => {
        received += chunk.length;
        // Stop reading at once: the rest of an oversized body is never downloaded.
        if (received > options.maxBytes) return tooLarge();
        chunks.push(chunk);
      });
      response.on("error", () => fail(refuseUrl("The connection broke while the document was read.")));
      response.on("end", () => {
        if (settled) return;
        settled = true;
        clearTimeout(totalTimer);
        resolve({ status, location: null, contentType, encoding, bytes: new Uint8Array(Buffer.concat(chunks)) });
      });
    });
    request.end();
  });
}

export async function safeFetch(rawUrl: string, options: SafeFetchOptions = {}): Promise<FetchedDocument> {
  const settings = {
    maxRedirects: options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
    connectTimeoutMs: options.connectTimeoutMs ?? FETCH_DEFAULTS.connectTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs ?? FETCH_DEFAULTS.totalTimeoutMs,
    maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
  };
  const resolver = options.resolver ?? systemResolver;
  const allow = options.allow ?? allowListFromEnv();
  const deadline = Date.now() + settings.totalTimeoutMs;
  let url = parseFetchUrl(rawUrl);
  for (let redirects = 0; ; redirects++) {
    const target = await resolveTarget(url, resolver, allow);
    const hop = await requestHop(target, settings, deadline);
    if (hop.bytes) {
      const bytes = decoded(hop.bytes, hop.encoding, settings.maxBytes);
      return { finalUrl: url.toString(), httpStatus: hop.status, contentType: hop.contentType, bytes, retrievedAt: new Date() };
    }
    if (!hop.location) throw refuseUrl(`The server answered ${hop.status} without saying where to.`);
    if (redirects >= settings.maxRedirects) throw refuseUrl(`The address redirects more than ${settings.maxRedirects} times.`);
    // Relative locations are resolved against the hop that sent them; the new URL is checked like the first.
    url = parseFetchUrl(new URL(hop.location, url).toString());
  }
}
