// CLAIMDESK_FETCH_ALLOW: comma-separated host:port pairs that may be fetched even though they resolve to a refused
// address (a local test server, an intranet document store). Exact pairs only, no wildcards: allowing a whole
// host on every port would open the machine's other services too.

export type AllowList = ReadonlySet<string>;

function key(host: string, port: number | string): string {
  return `${host.toLowerCase().replace(/^\[(.*)\]$/, "$1")}:${port}`;
}

const PAIR = /^(\[[^\]]+\]|[^:\s[\]/*]+):(\d{1,5})$/;

function entries(raw: string | undefined): string[] {
  return (raw ?? "").split(",").map((item) => item.trim()).filter(Boolean);
}

function pairOf(entry: string): string | null {
  const match = PAIR.exec(entry);
  const port = Number(match?.[2]);
  return match && port >= 1 && port <= 65535 ? key(match[1], port) : null;
}

export function parseAllowList(raw: string | undefined): AllowList {
  return new Set(entries(raw).flatMap((entry) => pairOf(entry) ?? []));
}

/**
 * The entries that are not host:port pairs ("localhost", "*:8080", "10.0.0.5:99999"). Start-up refuses them:
 * ignored quietly, a typo would leave an intranet store refused with no hint why.
 */
export function invalidAllowListEntries(raw: string | undefined): string[] {
  return entries(raw).filter((entry) => pairOf(entry) === null);
}

/** Throws, naming the variable and each bad entry, when CLAIMDESK_FETCH_ALLOW holds anything but host:port pairs. */
export function checkAllowListEnv(env: Record<string, string | undefined> = process.env): void {
  const bad = invalidAllowListEntries(env.CLAIMDESK_FETCH_ALLOW);
  if (bad.length > 0) {
    throw new Error(`CLAIMDESK_FETCH_ALLOW must list host:port pairs separated by commas (such as 127.0.0.1:8080 or [::1]:8080, no wildcards); not: ${bad.map((b) => JSON.stringify(b)).join(", ")}.`);
  }
}

export function isAllowed(list: AllowList, host: string, port: number): boolean {
  return list.has(key(host, port));
}

export function allowListFromEnv(): AllowList {
  return parseAllowList(process.env.CLAIMDESK_FETCH_ALLOW);
}
