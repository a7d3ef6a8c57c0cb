import ipaddr from "ipaddr.js";

// Which addresses a fetch may connect to. Only global unicast passes: loopback, private, link-local (the cloud
// metadata service at 169.254.169.254), unique-local, carrier-grade NAT, multicast, broadcast, unspecified, reserved
// and the IPv6 ranges that embed an IPv4 address (6to4, NAT64, Teredo) are refused. An allow list is safer than a
// deny list here: a range nobody thought of is refused, not let through.

export type AddressVerdict = { allowed: true; address: string } | { allowed: false; address: string | null; reason: string };

const REASONS: Record<string, string> = {
  loopback: "a loopback address",
  private: "a private network address",
  linkLocal: "a link-local address (such as the cloud metadata service)",
  uniqueLocal: "a unique-local (private IPv6) address",
  carrierGradeNat: "a carrier-grade NAT address",
  multicast: "a multicast address",
  broadcast: "a broadcast address",
  unspecified: "an unspecified address",
};

/**
 * Checks one address in any spelling ipaddr.js reads: dotted, shortened ("127.1"), decimal ("2130706433"), hex
 * ("0x7f.1"), octal ("0177.0.0.1"), IPv6, IPv4-mapped ("::ffff:7f00:1") and IPv4-compatible IPv6, bracketed or not.
 * `process` turns a mapped IPv6 address into the IPv4 address it carries, so it is judged as that address.
 */
export function checkAddress(spelling: string): AddressVerdict {
  const bare = spelling.trim().replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(bare);
  } catch {
    return { allowed: false, address: null, reason: "not an IP address" };
  }
  const address = parsed.toString();
  const range = parsed.range();
  if (range === "unicast") return { allowed: true, address };
  return { allowed: false, address, reason: REASONS[range] ?? `a reserved address (${range})` };
}

/** Whether a host name is an IP literal (which needs no resolving); WHATWG URLs already normalize IPv4 spellings. */
export function isIpLiteral(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  return ipaddr.isValid(bare);
}
