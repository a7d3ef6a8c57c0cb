// Values found by the individual scanners before overlaps between them are resolved.
import type { ClaimValue } from "./types";

export interface Candidate extends ClaimValue {
  start: number;
  end: number;
  /** lower wins when two candidates of equal length overlap */
  rank: number;
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

/** Offset of group `g` inside match `m` (groups are searched from the qualifier onward, in order). */
export function groupStart(m: RegExpExecArray, g: number): number {
  const indices = (m as RegExpExecArray & { indices?: [number, number][] }).indices;
  if (indices && indices[g]) return indices[g][0];
  return m.index + m[0].indexOf(m[g]);
}
