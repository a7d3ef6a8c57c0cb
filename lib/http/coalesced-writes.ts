/** The part of a response this module uses: Node's ServerResponse has it. */
export interface WritableResponse {
  write(chunk: unknown, ...rest: unknown[]): boolean;
  end(...args: unknown[]): unknown;
  getHeader(name: string): unknown;
}

/** A response is handed on in parts of at least this much (the last part may be less). */
export const COALESCED_PART_BYTES = 64 * 1024;

/**
 * Gathers what a response writes and hands it on in parts of COALESCED_PART_BYTES, the rest when it ends, so that
 * the compressor under it (scripts/page-server.ts) gets one call per part instead of one per chunk. Next.js writes a
 * page's payload in a few dozen chunks, and every chunk written to a zlib stream is a trip to the thread pool: a
 * 77 KB payload in 20 chunks costs about twice the CPU of the same payload in one (2026-12-06).
 * An event stream (`text/event-stream`) goes on as written: its events must arrive when they happen.
 * Call it after the compressor has wrapped the response, so that its writes are the ones gathered.
 */
export function coalesceWrites(res: WritableResponse, partBytes = COALESCED_PART_BYTES): void {
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  let parts: Buffer[] = [];
  let size = 0;
  // Decided at the first write: Next.js sets a response's headers before its body.
  let eventStream: boolean | undefined;
  const handOn = (): boolean => {
    if (size === 0) return true;
    const part = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    return write(part);
  };
  res.write = (chunk: unknown, ...rest: unknown[]): boolean => {
    eventStream ??= String(res.getHeader("content-type") ?? "").startsWith("text/event-stream");
    if (eventStream) return write(chunk, ...rest);
    const encoding = typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : "utf8";
    const callback = rest.find((arg): arg is () => void => typeof arg === "function");
    // Kept by reference, not copied: a stream's writer must not change a chunk it has written.
    const bytes = chunk as Uint8Array;
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    parts.push(buffer);
    size += buffer.length;
    const ok = size >= partBytes ? handOn() : true;
    if (callback) queueMicrotask(callback);
    return ok;
  };
  res.end = (...args: unknown[]): unknown => {
    const callback = args.find((arg): arg is () => void => typeof arg === "function");
    const chunk = typeof args[0] === "function" ? undefined : args[0];
    if (chunk !== undefined && chunk !== null) res.write(chunk, ...(typeof args[1] === "string" ? [args[1]] : []));
    handOn();
    return callback ? end(callback) : end();
  };
}
