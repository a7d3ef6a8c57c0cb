import { describe, expect, it } from "vitest";
import { checkAllowListEnv, invalidAllowListEntries, isAllowed, parseAllowList } from "@/lib/fetch/allow-list";

describe("CLAIMDESK_FETCH_ALLOW", () => {
  it("takes host:port pairs, IPv6 in brackets, with spaces and an empty value allowed", () => {
    const list = parseAllowList(" 127.0.0.1:8080, [::1]:9000 ,Docs.Intranet:443,");
    expect(isAllowed(list, "127.0.0.1", 8080)).toBe(true);
    expect(isAllowed(list, "::1", 9000)).toBe(true);
    expect(isAllowed(list, "docs.intranet", 443)).toBe(true);
    expect(isAllowed(list, "127.0.0.1", 8081)).toBe(false);
    expect(invalidAllowListEntries("")).toEqual([]);
    expect(() => checkAllowListEnv({})).not.toThrow();
  });

  it("names every entry that is not a pair, so start-up stops with the reason instead of refusing fetches later", () => {
    const raw = "127.0.0.1:8080,localhost,*:80,10.0.0.5:99999,10.0.0.5:0,http://a.b:80,::1:80";
    expect(invalidAllowListEntries(raw)).toEqual(["localhost", "*:80", "10.0.0.5:99999", "10.0.0.5:0", "http://a.b:80", "::1:80"]);
    expect(() => checkAllowListEnv({ CLAIMDESK_FETCH_ALLOW: raw })).toThrow(/CLAIMDESK_FETCH_ALLOW .*"localhost", "\*:80"/);
    // Only the valid pair is ever used.
    expect([...parseAllowList(raw)]).toEqual(["127.0.0.1:8080"]);
  });
});
