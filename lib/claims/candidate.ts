// Values found by the individual scanners before overlaps between them are resolved.
import type { ClaimValue } from "./types";

export interface Candidate extends ClaimValue {
  start: number;
  end: number;
  /** lower wins when two candidates of equal length overlap */
  rank: number;
  /** a second reading of the same words, reported alongside this one ("over a decade ago" is also 10 years) */
  companion?: Candidate;
  /** a window that defines a measure ("in the prior 12 months"), weighed lightly when scoring */
  definitional?: boolean;
}

/** Runs a global regex over `text`, calling `fn` for each match; never loops on an empty match. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}
