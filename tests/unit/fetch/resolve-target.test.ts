import { describe, expect, it } from "vitest";
import { parseAllowList } from "@/lib/fetch/allow-list";
import { parseFetchUrl, resolveTarget, type Resolver } from "@/lib/fetch/resolve-target";
import { safeFetch } from "@/lib/fetch/safe-fetch";
import { refusal } from "../../refusal";

// A stub resolver stands in for DNS: a host may "resolve" to any address, and refusals happen before any socket.
const answering = (...addresses: string[]): Resolver => async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
const none = parseAllowList("");

describe("parseFetchUrl", () => {
  it.each(["ftp://example.org/a", "file:///etc/passwd", "javascript:alert(1)", "gopher://x", "not a url", "data:text/plain,hi"])("refuses %s with 422 on url", async (raw) => {
    const error = await refusal(Promise.resolve().then(() => parseFetchUrl(raw)));
    expect(error.status).toBe(422);
    expect(error.fields?.url).toBeTruthy();
  });

  it("refuses credentials in the URL", async () => {
    const error = await refusal(Promise.resolve().then(() => parseFetchUrl("https://user:pw@example.org/")));
    expect(error.fields?.url).toMatch(/password/);
  });
});

describe("resolveTarget", () => {
  it.each(["127.0.0.1", "10.1.2.3", "169.254.169.254", "::1", "::ffff:7f00:1", "fd00::1", "100.64.1.1", "0.0.0.0"])("refuses a host resolving to %s", async (address) => {
    const error = await refusal(resolveTarget(new URL("http://docs.example.org/report.pdf"), answering(address), none));
    expect(error.status).toBe(422);
    expect(error.fields?.url).toMatch(/docs\.example\.org resolves to/);
  });

  it("refuses a host when any of its answers is refused", async () => {
    await refusal(resolveTarget(new URL("http://mixed.example.org/"), answering("93.184.215.14", "10.0.0.5"), none));
  });

  it.each(["http://127.1/", "http://2130706433/", "http://0x7f.0.0.1/", "http://[::ffff:127.0.0.1]/", "http://[::1]:8080/", "http://0/"])("refuses the literal %s without resolving", async (raw) => {
    const resolver: Resolver = async () => {
      throw new Error("must not resolve an IP literal");
    };
    const error = await refusal(resolveTarget(parseFetchUrl(raw), resolver, none));
    expect(error.fields?.url).toMatch(/resolves to/);
  });

  it("pins the checked public address", async () => {
    const target = await resolveTarget(new URL("https://docs.example.org/a"), answering("93.184.215.14"), none);
    expect(target).toMatchObject({ port: 443, address: { address: "93.184.215.14", family: 4 } });
  });

  it("lets an allowed host:port through, and only that port", async () => {
    const allow = parseAllowList("intranet.example:8443");
    await expect(resolveTarget(new URL("https://intranet.example:8443/"), answering("10.0.0.9"), allow)).resolves.toMatchObject({ port: 8443 });
    await refusal(resolveTarget(new URL("https://intranet.example/"), answering("10.0.0.9"), allow));
  });

  it("says when a host cannot be found", async () => {
    const error = await refusal(resolveTarget(new URL("http://nowhere.example/"), answering(), none));
    expect(error.fields?.url).toMatch(/could not be found/);
  });

  it("safeFetch refuses before connecting when the stub resolves to the metadata service", async () => {
    const error = await refusal(safeFetch("http://metadata.example/latest/", { resolver: answering("169.254.169.254"), allow: none }));
    expect(error.fields?.url).toMatch(/link-local/);
  });
});
