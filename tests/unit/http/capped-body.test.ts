import { describe, expect, it } from "vitest";
import { readCappedBody } from "@/lib/http/capped-body";

const tooLarge = () => new Error("too large");

/** A request whose body comes in chunks, with no Content-Length, as a client streaming an upload sends it. */
function chunkedRequest(chunks: string[], onPull: () => void = () => undefined) {
  const encoder = new TextEncoder();
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull();
      if (i < chunks.length) controller.enqueue(encoder.encode(chunks[i++]));
      else controller.close();
    },
  });
  return new Request("http://127.0.0.1/api/x", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readCappedBody (a body read with a cap)", () => {
  it("reads a chunked body whole when it stays under the cap", async () => {
    const body = await readCappedBody(chunkedRequest(["{\"a\":", "1}"]), 100, tooLarge);
    expect(new TextDecoder().decode(body)).toBe("{\"a\":1}");
  });

  it("refuses a chunked body as soon as it passes the cap, without reading the rest", async () => {
    let pulls = 0;
    const request = chunkedRequest(["x".repeat(60), "y".repeat(60), "z".repeat(60), "w".repeat(60)], () => pulls++);
    await expect(readCappedBody(request, 100, tooLarge)).rejects.toThrow("too large");
    expect(pulls).toBeLessThan(4);
  });

  it("refuses a declared length over the cap before reading", async () => {
    const request = new Request("http://127.0.0.1/api/x", { method: "POST", body: "small", headers: { "content-length": "5000" } });
    await expect(readCappedBody(request, 100, tooLarge)).rejects.toThrow("too large");
  });

  it("gives an empty body for a request without one", async () => {
    expect((await readCappedBody(new Request("http://127.0.0.1/api/x"), 100, tooLarge)).byteLength).toBe(0);
  });
});
