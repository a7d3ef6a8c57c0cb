import { describe, expect, it } from "vitest";
import { coalesceWrites } from "@/lib/http/coalesced-writes";

/** A response that records what reaches it, as the compressor under the gathering would receive it. */
function fakeResponse(contentType: string) {
  const received: string[] = [];
  const ends: unknown[][] = [];
  const res = {
    write: (chunk: unknown, ..._rest: unknown[]) => {
      received.push(Buffer.from(chunk as Uint8Array).toString("utf8"));
      return true;
    },
    end: (...args: unknown[]) => {
      ends.push(args);
    },
    getHeader: (name: string) => (name === "content-type" ? contentType : undefined),
  };
  return { res, received, ends };
}

describe("coalesceWrites (issue #13: one compressor call per part)", () => {
  it("hands a page's many chunks on as one, in order, when the response ends", async () => {
    const { res, received, ends } = fakeResponse("text/x-component");
    coalesceWrites(res, 1024);
    const done: string[] = [];
    expect(res.write("1:{\"a\":1}\n")).toBe(true);
    res.write(new TextEncoder().encode("2:[\"b\"]\n"), () => done.push("second"));
    res.write(Buffer.from("3:\"ç\"\n"));
    expect(received).toEqual([]);
    res.end("4:end\n", "utf8", () => done.push("ended"));
    expect(received).toEqual(["1:{\"a\":1}\n2:[\"b\"]\n3:\"ç\"\n4:end\n"]);
    expect(ends).toHaveLength(1);
    expect(typeof ends[0][0]).toBe("function");
    await Promise.resolve();
    expect(done).toEqual(["second"]);
  });

  it("hands a part on as soon as it reaches the part size, and the rest at the end", () => {
    const { res, received } = fakeResponse("text/html; charset=utf-8");
    coalesceWrites(res, 10);
    res.write("12345");
    res.write("67890abc");
    expect(received).toEqual(["1234567890abc"]);
    res.write("de");
    res.end();
    expect(received).toEqual(["1234567890abc", "de"]);
  });

  it("lets an event stream's events through as they are written", () => {
    const { res, received } = fakeResponse("text/event-stream; charset=utf-8");
    coalesceWrites(res, 1024);
    res.write("event: claim\ndata: {}\n\n");
    expect(received).toEqual(["event: claim\ndata: {}\n\n"]);
    res.write("event: comment\ndata: {}\n\n");
    expect(received).toHaveLength(2);
  });

  it("ends an empty response without writing anything", () => {
    const { res, received, ends } = fakeResponse("application/json");
    coalesceWrites(res);
    res.end();
    expect(received).toEqual([]);
    expect(ends).toEqual([[]]);
  });
});
