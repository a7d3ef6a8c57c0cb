/** An optional bound on what the values weigh together (roughly, in bytes), on top of their number. */
export interface WeightBudget {
  weigh(value: unknown): number;
  max: number;
}

interface Entry {
  stamp: string;
  at: number;
  value: Promise<unknown>;
  weight: number;
}

/**
 * Values kept in memory while the data under them is unchanged. The caller reads a stamp from the database on
 * every request (so several server processes or instances stay correct) and passes it with the key; a value is
 * reused only under the same stamp and within the TTL. Requests that arrive while a value is being computed share
 * that computation; a failed one is not kept. The least recently used entries go first when the cache is full.
 */
export class StampedCache {
  private readonly entries = new Map<string, Entry>();
  private weight = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly budget?: WeightBudget,
  ) {}

  /**
   * The value under `stamp`, computed when there is none. `compute` is handed the value kept under an older stamp
   * (when it is still within the TTL), for a caller that can bring it up to date for less than computing it anew.
   */
  get<T>(key: string, stamp: string, compute: (older?: Promise<T>) => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp && now - hit.at < this.ttlMs) {
      // Map order is insertion order: a hit moves to the end, so the oldest unused entry is dropped first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const older = hit && now - hit.at < this.ttlMs ? (hit.value as Promise<T>) : undefined;
    this.drop(key);
    const value = compute(older);
    const entry: Entry = { stamp, at: now, value, weight: 0 };
    this.entries.set(key, entry);
    value.then(
      (v) => {
        if (!this.budget || this.entries.get(key) !== entry) return;
        entry.weight = this.budget.weigh(v);
        this.weight += entry.weight;
        this.shrink();
      },
      () => this.entries.get(key) === entry && this.drop(key),
    );
    this.shrink();
    return value;
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.weight -= entry.weight;
    this.entries.delete(key);
  }

  private shrink(): void {
    const max = this.budget?.max ?? Infinity;
    while (this.entries.size > this.maxEntries || (this.weight > max && this.entries.size > 0)) this.drop(this.entries.keys().next().value as string);
  }
}

/**
 * One cache per server process under `name`, kept on globalThis: a production build bundles each page and route
 * handler with its own copy of a module (lib/db/client.ts says the same of the database client), and a cache per
 * copy kept and brought up to date the same data once per copy (the article page and the claim page each their own
 * article view; the claim page and the claims API each their own cards).
 */
export function processWideCache(name: string, create: () => StampedCache): StampedCache {
  const holder = globalThis as unknown as { claimdeskCaches?: Map<string, StampedCache> };
  const caches = (holder.claimdeskCaches ??= new Map());
  let cache = caches.get(name);
  if (!cache) caches.set(name, (cache = create()));
  return cache;
}

/** One part of a stamp: SQLite answers text and PostgreSQL Dates (written with their milliseconds) or BigInts. */
export function stampPart(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value ?? "");
}

/** A stamp from a row of stamp columns, in the order the statement selects them. */
export function stampOf(row: Record<string, unknown> | undefined): string {
  return Object.values(row ?? {}).map(stampPart).join("|");
}
