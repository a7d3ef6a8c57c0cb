import { describe, expect, it } from "vitest";
import { checkAddress } from "@/lib/fetch/address-policy";
import { isAllowed, parseAllowList } from "@/lib/fetch/allow-list";

// Every spelling of a refused address is refused; these are pure checks, nothing connects anywhere.
const REFUSED: Array<[string, string]> = [
  ["127.0.0.1", "loopback"],
  ["127.1", "loopback"],
  ["2130706433", "loopback"],
  ["0x7f000001", "loopback"],
  ["0x7f.1", "loopback"],
  ["0177.0.0.1", "loopback"],
  ["::1", "loopback"],
  ["[::1]", "loopback"],
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:7f00:1", "loopback"],
  ["0:0:0:0:0:ffff:7f00:0001", "loopback"],
  ["10.0.0.1", "private"],
  ["172.16.5.4", "private"],
  ["192.168.1.1", "private"],
  ["3232235777", "private"],
  ["::ffff:192.168.1.1", "private"],
  ["169.254.169.254", "link-local"],
  ["0xa9fea9fe", "link-local"],
  ["::ffff:169.254.169.254", "link-local"],
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local"],
  ["fc00::1", "unique-local"],
  ["fd00:ec2::254", "unique-local"],
  ["100.64.0.1", "carrier-grade NAT"],
  ["100.127.255.254", "carrier-grade NAT"],
  ["224.0.0.1", "multicast"],
  ["ff02::1", "multicast"],
  ["0.0.0.0", "unspecified"],
  ["0", "unspecified"],
  ["::", "unspecified"],
  ["255.255.255.255", "broadcast"],
  ["64:ff9b::7f00:1", "reserved"],
  ["2002:7f00:1::1", "reserved"],
  ["240.0.0.1", "reserved"],
];

describe("checkAddress", () => {
  it.each(REFUSED)("refuses %s (%s)", (spelling, reason) => {
    const verdict = checkAddress(spelling);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason).toContain(reason);
  });

  it.each(["8.8.8.8", "93.184.215.14", "2606:4700:4700::1111", "::ffff:8.8.8.8", "134744072"])("allows the public address %s", (spelling) => {
    expect(checkAddress(spelling).allowed).toBe(true);
  });

  it("reads an IPv4-mapped address as the IPv4 address it carries", () => {
    expect(checkAddress("::ffff:a9fe:a9fe")).toMatchObject({ allowed: false, address: "169.254.169.254" });
  });

  it("refuses what is not an address", () => {
    expect(checkAddress("example.org")).toMatchObject({ allowed: false, reason: "not an IP address" });
  });
});

describe("the allow list", () => {
  it("keeps exact host:port pairs only", () => {
    const list = parseAllowList(" 127.0.0.1:8080, intranet.local:443 ,bad, [::1]:9000,host:");
    expect(isAllowed(list, "127.0.0.1", 8080)).toBe(true);
    expect(isAllowed(list, "127.0.0.1", 8081)).toBe(false);
    expect(isAllowed(list, "INTRANET.local", 443)).toBe(true);
    expect(isAllowed(list, "::1", 9000)).toBe(true);
    expect(list.size).toBe(3);
  });
});
