import { lookup } from "node:dns/promises";
import { AppError } from "@/lib/errors/app-error";
import { checkAddress, isIpLiteral } from "./address-policy";
import { isAllowed, type AllowList } from "./allow-list";

// One hop's target: the URL checked, its host resolved, and every address the host resolves to checked. The
// fetcher then connects to the address chosen here, so a second DNS answer (rebinding) never reaches the socket.

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Injectable so tests can answer with any address without a DNS server (and without connecting to it). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export interface Target {
  url: URL;
  port: number;
  address: ResolvedAddress;
}

export const refuseUrl = (message: string) => new AppError("INVALID", message, { url: message });

export function parseFetchUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuseUrl("Must be a full http or https address.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refuseUrl("Must be http or https.");
  // Credentials in a URL would be sent to whoever answers, redirects included.
  if (url.username || url.password) throw refuseUrl("Must not contain a user name or password.");
  return url;
}

export async function resolveTarget(url: URL, resolver: Resolver, allow: AllowList): Promise<Target> {
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const allowed = isAllowed(allow, host, port);
  let addresses: ResolvedAddress[];
  if (isIpLiteral(host)) {
    addresses = [{ address: host, family: host.includes(":") ? 6 : 4 }];
  } else {
    try {
      addresses = await resolver(host);
    } catch {
      throw refuseUrl(`The host ${host} could not be found.`);
    }
    if (addresses.length === 0) throw refuseUrl(`The host ${host} could not be found.`);
  }
  if (!allowed) {
    // Every answer must pass: a host that resolves to one public and one private address is refused, since which
    // one a later connection would use is not ours to predict.
    for (const { address } of addresses) {
      const verdict = checkAddress(address);
      if (!verdict.allowed) throw refuseUrl(`The host ${host} resolves to ${verdict.reason}, which is not fetched.`);
    }
  }
  return { url, port, address: addresses[0] };
}
