import crypto from "node:crypto";

// Ids for rows written with plain SQL (lib/review/event-sql.ts and the hot writes beside it), shaped like the cuids
// Prisma gives the rest: "c", the time in milliseconds, a per-process counter, then random characters, all base 36,
// 25 characters. History, comments and flags sort by (createdAt, id): rows written in one millisecond by one process
// keep the order they were made in, as Prisma's cuids do.

const COUNTER_SPACE = 36 ** 4;
let counter = crypto.randomInt(COUNTER_SPACE);
let lastMs = -1;

function base36(value: number, width: number): string {
  return value.toString(36).padStart(width, "0").slice(-width);
}

function randomBase36(length: number): string {
  const bytes = crypto.randomBytes(length);
  let out = "";
  for (const byte of bytes) out += (byte % 36).toString(36);
  return out;
}

/** A new row id: unique, and increasing within one process and one millisecond. */
export function newId(now = Date.now()): string {
  // Within a millisecond the counter only climbs; a new millisecond may start it anywhere below the top, so that the
  // climb never wraps inside one millisecond (36^4 rows a millisecond would be needed to wrap it anyway).
  if (now !== lastMs) {
    lastMs = now;
    counter = crypto.randomInt(COUNTER_SPACE / 2);
  } else {
    counter = (counter + 1) % COUNTER_SPACE;
  }
  return `c${base36(now, 8)}${base36(counter, 4)}${randomBase36(12)}`;
}
