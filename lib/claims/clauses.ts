// One sentence, several claims: a sentence splits where two independent assertions meet, each with a figure of its
// own and a verb of its own — at a dash ("Homicides are down 18% — on pace for the lowest level in 126 years"), at
// ", while/and/but" before a new subject, at "and" before a second verb ("…180 facilities and contributed to 12
// more"), at a trailing clause with its own figure (", supporting 40,000 jobs", ", a $60 million increase", ", after
// … in 2010"), between inline bullets, and between the items of a list after a colon. Several figures that belong to
// one assertion ("a $450 million package in September 2022") never split: there is no such joint between them.
//
// Splits are tried left to right; a side without a figure of its own stays joined to its neighbour. Each joint is
// weighed once and every left side is read incrementally, so a sentence costs time linear in its length.
import { joints, NEEDS_LEFT_VERB, NEEDS_RIGHT_VERB } from "./joints";
import { lowerBound, STRONG, strongIn } from "./marks";
import type { Mark, Part } from "./marks";
import { hasPredicate, isVerb } from "./verbs";

export type { Mark, Part } from "./marks";

/** A left side that is only a subject with an aside ("Both the rate, at 3.5 percent, and …") cannot stand alone. */
function standsAlone(text: string, start: number, end: number): boolean {
  if (/^\s*(?:Both|Neither|Either)\b/.test(text.slice(start, start + 10))) return false;
  // Only the last 200 characters are read: a search back through the whole sentence would make splitting quadratic.
  const from = Math.max(start, end - 200);
  const comma = text.slice(from, end).lastIndexOf(",");
  if (comma < 0) return true;
  const last = text.slice(from + comma + 1, end).trim();
  return !/^(?:at|of|in|with|to|from|by|for|on|about|around|up|down|or)\b/i.test(last);
}

/** Words read for a verb at the start of a clause: a subject seldom runs longer before its verb. */
const SUBJECT_WORDS = 12;

/**
 * A clause has its own verb near its start ("warehousing and storage lost jobs", "26 individuals had visas", "in
 * 2021 it earned $7 million"); a list item does not ("Uganda, as part of our $1.8 billion …, announced on May 14").
 */
function verbEarly(text: string, start: number, end: number): boolean {
  let i = start;
  for (let n = 0; n < SUBJECT_WORDS && i < end; n++) {
    // A subject runs to its verb without a comma ("Tanzania, as part of …" is a list going on).
    while (i < end && !/[A-Za-z]/.test(text[i])) if (text[i++] === ",") return false;
    const s = i;
    while (i < end && /[A-Za-z-]/.test(text[i])) i++;
    if (i > s && isVerb(text.slice(s, i))) return true;
  }
  return false;
}

/** Splits one part into the claims it makes; `marks` are sorted by start. */
export function splitPart(text: string, p: Part, marks: Mark[], quotes: Part[]): Part[] {
  const js = joints(text, p, marks, quotes);
  if (js.length === 0) return [p];
  const out: Part[] = [];
  let cut = p.start;
  // What the left side holds, read as it grows: a strong mark, a verb (from `read` on).
  let leftStrong = false;
  let leftVerb = false;
  let read = cut;
  let mi = lowerBound(marks, cut, (m) => m.start);
  for (let i = 0; i < js.length; i++) {
    const j = js[i];
    while (mi < marks.length && marks[mi].start < j.at && marks[mi].end <= j.at) {
      if (marks[mi].weight >= STRONG) leftStrong = true;
      mi++;
    }
    // Cheapest tests first; the left side's words are read only when everything else allows a split.
    if (!leftStrong) continue;
    const rightEnd = i + 1 < js.length ? js[i + 1].at : p.end;
    if (!strongIn(marks, j.end, rightEnd)) continue;
    if (!leftVerb && NEEDS_LEFT_VERB[j.kind]) {
      leftVerb = read === cut ? hasPredicate(text, cut, j.at) : hasPredicate(text, read, j.at, false);
      read = j.at;
      if (!leftVerb) continue;
    }
    if (NEEDS_RIGHT_VERB[j.kind] && !verbEarly(text, j.end, rightEnd)) continue;
    if ((j.kind === "conj" || j.kind === "andVerb") && !standsAlone(text, cut, j.at)) continue;
    out.push({ start: cut, end: j.at });
    cut = j.end;
    read = cut;
    leftStrong = false;
    leftVerb = false;
    while (mi < marks.length && marks[mi].start < cut) mi++;
  }
  out.push({ start: cut, end: p.end });
  return out;
}
