/**
 * Values kept in memory while the data under them is unchanged. The caller reads a stamp from the database on
 * every request (so several server processes or instances stay correct) and passes it with the key; a value is
 * reused only under the same stamp and within the TTL. Requests that arrive while a value is being computed share
 * that computation; a failed one is not kept.
 */
export class StampedCache {
  private readonly entries = new Map<string, { stamp: string; at: number; value: Promise<unknown> }>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
  ) {}

  get<T>(key: string, stamp: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp && now - hit.at < this.ttlMs) {
      // Map order is insertion order: a hit moves to the end, so the oldest unused entry is dropped first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { stamp, at: now, value });
    value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

/** One part of a stamp: SQLite answers text and PostgreSQL Dates (written with their milliseconds) or BigInts. */
export function stampPart(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value ?? "");
}
