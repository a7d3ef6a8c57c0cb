/** Rows read from a time on, with the count of all the claim's rows taken by the same statement (one snapshot). */
export interface RowsSince<T> {
  rows: T[];
  /** Null when no row was read (the statement had no row to carry the count). */
  total: number | null;
}

/** A time before every row: reading from it reads them all. */
export const FROM_THE_BEGINNING = new Date(0).toISOString();

/** The time to read from: the newest kept row's (rows at that very time are read again), or the beginning. */
export function readFrom(kept: readonly { createdAt: string }[]): string {
  return kept.length > 0 ? kept[kept.length - 1].createdAt : FROM_THE_BEGINNING;
}

/**
 * A list of rows that are only ever appended to (comments, history lines), oldest first, brought up to date: the
 * rows kept from before `since`, then every row read from `since` on. Null when they do not add up to the count taken
 * with the read: a row was written with an earlier time than one already kept (another instance's clock, or a
 * transaction that committed late), and the caller reads the list whole instead.
 */
export function appendRows<T extends { createdAt: string }>(kept: readonly T[], since: string, read: RowsSince<T>): T[] | null {
  if (read.total === null) return null;
  const rows = [...kept.filter((row) => row.createdAt < since), ...read.rows];
  return rows.length === read.total ? rows : null;
}
