// CLAIMDESK_FETCH_ALLOW: comma-separated host:port pairs that may be fetched even though they resolve to a refused
// address (a local test server, an intranet document store). Exact pairs only, no wildcards: allowing a whole
// host on every port would open the machine's other services too.

export type AllowList = ReadonlySet<string>;

function key(host: string, port: number | string): string {
  return `${host.toLowerCase().replace(/^\[(.*)\]$/, "$1")}:${port}`;
}

export function parseAllowList(raw: string | undefined): AllowList {
  const pairs = new Set<string>();
  for (const item of (raw ?? "").split(",")) {
    const trimmed = item.trim();
    const match = /^(\[[^\]]+\]|[^:\s]+):(\d{1,5})$/.exec(trimmed);
    if (match) pairs.add(key(match[1], Number(match[2])));
  }
  return pairs;
}

export function isAllowed(list: AllowList, host: string, port: number): boolean {
  return list.has(key(host, port));
}

export function allowListFromEnv(): AllowList {
  return parseAllowList(process.env.CLAIMDESK_FETCH_ALLOW);
}
