/**
 * Login throttling, pure: after MAX_FAILURES failed attempts inside the window (for one account,
 * or from one address), further attempts wait until the oldest of those failures leaves the window.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

/** Seconds to wait, or 0 when another attempt may go ahead. `failures` are times of failed attempts, any order. */
export function retryAfterSeconds(failures: readonly Date[], now: Date = new Date()): number {
  const recent = failures.map((d) => d.getTime()).filter((t) => t > now.getTime() - WINDOW_MS).sort((a, b) => b - a);
  if (recent.length < MAX_FAILURES) return 0;
  // The window frees a slot when the MAX_FAILURES-th most recent failure ages out.
  const freesAt = recent[MAX_FAILURES - 1] + WINDOW_MS;
  return Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000));
}
